/**
 * Rows of a table picked by the values a question names: "what's coming to the December meeting for
 * decision?" reads a forward plan's rows whose Purpose is "Decision" and whose meeting date is in December;
 * "which items are for information?" those whose purpose is "Information". A value picks rows when its
 * column is a category (a few short values, repeated down the table); a month named picks rows whose date
 * cell is in that month.
 */
import type { CellRecord } from "../../ingest/records/schema.js";
import { columnRole, ratingOf } from "../../ingest/vocabulary.js";
import { findAbbreviations } from "../../ingest/abbreviations.js";
import { MONTH_PATTERN, monthNumber } from "../../util/dates.js";
import { equivalenceGroup } from "../../util/lexicon.js";
import { matchScore } from "../../util/similarity.js";
import { contentWords, escapeRegExp, stem } from "../../util/text.js";
import { topicWords, type TypedQuery } from "../query.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";
import { ASKS_WHICH_COUNCILS } from "../expected.js";

/** The fewest rows a table needs for its columns to be read as categories. */
const MIN_ROWS = 4;
/** A category's values are short: "Decision", "For information", "Open". */
const MAX_VALUE_WORDS = 3;
const MAX_ROWS_SHOWN = 15;
/** A listed row's cells shown beside its label: this many, each this short. */
const ROW_DETAILS = 8;
/** The most characters of a listed row's details, after the first. */
const ROW_LINE_CHARS = 240;
const ROW_DETAIL_CHARS = 120;

interface Row {
  docId: string;
  table: string;
  label: string;
  cells: CellRecord[];
}

const norm = (v: string) => v.toLowerCase().replace(/[.:;]+$/, "").trim();
/** A category value without its bracketed gloss: "Reserve (1)", "Recommended (reduced)" are "reserve", "recommended". */
const category = (v: string) => norm(v).replace(/\s*\([^()]{1,20}\)$/, "");

/** The tables of the cell records, each as its rows in the order of the text ("docId|table" keys). */
function tablesOfRows(ctx: LookupContext, named: (c: CellRecord) => string = (c) => c.table.split(" > ")[0]!): Map<string, Row[]> {
  const rows = new Map<string, Row>();
  for (const c of ctx.recordsOf("cell")) {
    const key = `${c.docId}|${c.sourceStart}|${c.rowLabel}`;
    const row = rows.get(key) ?? { docId: c.docId, table: named(c), label: c.rowLabel, cells: [] };
    row.cells.push(c);
    rows.set(key, row);
  }
  const tables = new Map<string, Row[]>();
  for (const r of rows.values()) tables.set(`${r.docId}|${r.table}`, [...(tables.get(`${r.docId}|${r.table}`) ?? []), r]);
  for (const list of tables.values()) list.sort((a, b) => a.cells[0]!.sourceStart - b.cells[0]!.sourceStart);
  return tables;
}

/**
 * A list whose places are a column's values ("Reserve 1", "Reserve 2" in a bids table's Recommendation
 * column): the row holding the place asked for.
 */
function placedByValue(query: TypedQuery, ctx: LookupContext, tables: Row[][], listWords: string[], position: string): Finding | undefined {
  const at = POSITIONS[position.toLowerCase()]!;
  if (at < 0 || listWords.length !== 1) return undefined;
  const place = new RegExp(`^${escapeRegExp(listWords[0]!)}\\w*\\s*(?:list\\s*)?(?:no\\.?\\s*|#\\s*)?${at + 1}$`, "i");
  // (A row's cells as its line reads them: a status column may be a target's rating rather than a cell.)
  const placeIn = (r: Row) => r.cells[0]!.source.split(/\s+\|\s+/).map((x) => x.trim()).find((x) => place.test(x));
  const rows = tables.flat().filter((r) => placeIn(r));
  const around = otherWordsFit(query, ctx, listWords);
  const best = Math.max(0, ...rows.map(around));
  const picked = rows.filter((r) => around(r) >= best);
  return picked.length === 1 ? rowFinding(picked[0]!, ctx, `${placeIn(picked[0]!)} in "${picked[0]!.table.split(" > ").pop()}"`) : undefined;
}

/** A row as an answer line, "<what it is> (<document>): <label> (<column>: <value>; …).", with its evidence. */
function rowFinding(row: Row, ctx: LookupContext, what: string): Finding {
  const meta = ctx.docById.get(row.docId)!.meta;
  const finding = emptyFinding();
  const details = row.cells.filter((c) => c.value !== row.label).map((c) => `${c.column}: ${c.value}`);
  finding.lines.push(`${what} (${meta.title}, ${meta.period}): ${row.label}${details.length ? ` (${details.join("; ")})` : ""}.`);
  const first = row.cells[0]!;
  finding.rows.push(...row.cells);
  finding.evidence.push({ docId: row.docId, start: first.sourceStart, end: first.sourceStart + first.source.length, locator: first.locator });
  return finding;
}

/**
 * How well the question's other words ("for the changing places fund", "round 2") fit a row's table and
 * document: what picks among lists of the same name.
 */
function otherWordsFit(query: TypedQuery, ctx: LookupContext, listWords: string[]): (r: Row) => number {
  const others = topicWords(query.topic).filter((w) => !listWords.includes(w.toLowerCase()) && POSITIONS[w.toLowerCase()] === undefined);
  return (r: Row) => {
    const meta = ctx.docById.get(r.docId)!.meta;
    return others.length ? matchScore(others, `${r.table} ${meta.title} ${meta.board ?? ""}`, { equivalents: 0.6 }).score : 0;
  };
}

/** "Who's first on the reserve list?", "the top bid in Table 1", "last on the waiting list". */
const POSITION_ASKED = /\b(first|top|1st|second|2nd|third|3rd|last|bottom)\s+(?:(?:one|bid|council|name|item|entry|place|row)\s+)?(?:on|in|of)\s+(?:the\s+)?([\w'’()&-]+(?:\s+[\w'’()&-]+){0,5}?)(?=\s+(?:for|and|in|on|from|of|at)\b|\s*[?.,;]|\s*$)/i;
const POSITIONS: Record<string, number> = { first: 0, top: 0, "1st": 0, second: 1, "2nd": 1, third: 2, "3rd": 2, last: -1, bottom: -1 };
/** A row that sums the others is not one of the list's places. */
const TOTAL_ROW = /^(?:total|totals|sub-?total|grand total|overall)\b/i;

/**
 * The row at a place in a list the question names by its table's caption or section: "who's first on the
 * reserve list for round 2?" reads the first row of the table captioned "Reserve list, in order".
 */
export function lookupRowByPosition(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const m = POSITION_ASKED.exec(query.question);
  if (!m) return undefined;
  const listWords = contentWords(m[2]!).filter((w) => !/^(?:table|list|lists)$/.test(w));
  if (listWords.length === 0) return undefined;
  // (Named by the words of its caption or the section above it, each table of a paper once.)
  const all = [...tablesOfRows(ctx, (c) => c.table).values()];
  const tables = all.filter((rows) => rows.filter((r) => !TOTAL_ROW.test(r.label)).length >= 2);
  const fit = (rows: Row[]) => matchScore(listWords, rows[0]!.table, { equivalents: 0.6 }).fraction;
  const best = Math.max(0, ...tables.map(fit));
  if (best < 1) return placedByValue(query, ctx, all, listWords, m[1]!);
  let candidates = tables.filter((rows) => fit(rows) >= best);
  const around = otherWordsFit(query, ctx, listWords);
  const bestAround = Math.max(...candidates.map((rows) => around(rows[0]!)));
  candidates = candidates.filter((rows) => around(rows[0]!) >= bestAround);
  if (candidates.length !== 1) return undefined;
  const rows = candidates[0]!.filter((r) => !TOTAL_ROW.test(r.label));
  const at = POSITIONS[m[1]!.toLowerCase()]!;
  const row = rows[at < 0 ? rows.length + at : at];
  if (!row) return undefined;
  return rowFinding(row, ctx, `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1).toLowerCase()} in "${row.table.split(" > ").pop()}"`);
}

/** The lexicon's groups of words for a state a row's category may give: closed, failed, signed, refused. */
const STATE_GROUPS = new Set(["closed", "fail", "signed", "refused"].map(equivalenceGroup));

export function lookupRowsByValue(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const q = query.question;
  if (!/\b(?:which|what(?:'?s)?|list|any|anything|show)\b/i.test(q) || /^\s*who\b/i.test(q)) return undefined;
  // The months the question names ("the december meeting"), as month numbers.
  // ("May" is as often the verb.)
  const months = [...q.matchAll(new RegExp(`\\b(${MONTH_PATTERN})\\b`, "gi"))]
    .filter((m) => !/^may$/i.test(m[1]!))
    .map((m) => monthNumber(m[1]!))
    .filter((n): n is number => !!n);
  const tables = tablesOfRows(ctx);
  const finding = emptyFinding();
  const legends = new Map<string, Map<string, string>>();
  const legendOf = (docId: string) => {
    if (!legends.has(docId)) legends.set(docId, findAbbreviations(ctx.textOf?.(docId) ?? ""));
    return legends.get(docId)!;
  };
  // The word a question denies of the rows it asks for: "aren't being recommended".
  const negated = /\b(?:aren['’]?t|are not|isn['’]?t|is not|weren['’]?t|were not|wasn['’]?t|was not|not)\s+(?:being\s+|been\s+|getting\s+)?([a-z]{4,})/i.exec(q)?.[1];
  for (const list of tables.values()) {
    if (list.length < MIN_ROWS) continue;
    const columns = [...new Set(list.flatMap((r) => r.cells.map((c) => c.column)))];
    // Category values the question names, column by column ("Decision" in "for decision").
    // (A yes-or-no question's column the question asks by its words, "which councils haven't signed the
    // pledge?" of "Has your council signed the quieter displays pledge?": the rows answering yes, or not.)
    const named: { column: string; value: string; yesOrNot?: boolean }[] = [];
    // (The question's words, read once.)
    let questionWords: string[] | undefined;
    const askedWords = () => (questionWords ??= contentWords(q));
    // (The document's legend, read only when a code in capitals is not named by its own words.)
    let read: Map<string, string> | undefined;
    const legend = () => (read ??= legendOf(list[0]!.docId));
    for (const column of columns) {
      const values = list.map((r) => r.cells.find((c) => c.column === column)?.value).filter((v): v is string => !!v);
      // (A status column is the targets' to list, by the report's key, when it rates; a column of a layer's
      // codes, "AWAIT", "WIP", is this list's. People's groups, councils and roles are the membership's; yes
      // and no are attendance's.)
      const answers = [...new Set(values.map(category))];
      const asksAnswer = values.length >= MIN_ROWS && answers.length <= Math.max(3, Math.floor(values.length / 2)) ? yesNoAsked(column, answers, q) : undefined;
      if (asksAnswer !== undefined) {
        named.push({ column, value: asksAnswer ? "yes" : "not yes", yesOrNot: asksAnswer });
        continue;
      }
      const role = columnRole(column) ?? "";
      if (role === "status" && values.filter((v) => ratingOf(v)).length * 2 >= values.length) continue;
      if (["group", "council", "organisation", "role", "name", "lead", "score", "likelihood", "impact"].includes(role)) continue;
      const distinct = [...new Set(values.map(category))];
      const isCategory = values.length >= MIN_ROWS && distinct.length >= 2 && distinct.length <= Math.max(3, Math.floor(values.length / 2)) && distinct.every((v) => v.split(/\s+/).length <= MAX_VALUE_WORDS && !/\d/.test(v));
      if (!isCategory) continue;
      for (const v of distinct) {
        if (/^(?:yes|no|y|n|none|n\/a|tbc)$/.test(v)) continue;
        if (new RegExp(`\\b${escapeRegExp(v)}\\b`, "i").test(q)) named.push({ column, value: v });
        // (Or a word of the question meaning the same state: "shut" of "closed", "failed" of "fail". Only
        // states: the lexicon's broader groups would read "budget" as a "Fund" decision.)
        else if (!negated && /^[a-z]+$/.test(v) && STATE_GROUPS.has(equivalenceGroup(v)) && askedWords().some((w) => equivalenceGroup(w) === equivalenceGroup(v))) named.push({ column, value: v });
        // (A code the document's legend names is asked for by the legend's words: "AWAIT", "Awaiting upgrade",
        // in "which sites are still waiting to be upgraded?".)
        else if (values.some((x) => category(x) === v && /^[A-Z]{2,8}$/.test(x.trim())) && legend().has(v.toUpperCase()) && legendWordsAsked(legend().get(v.toUpperCase())!, q)) named.push({ column, value: v });
        // ("Which bids aren't being recommended?": the rows marked "Do not recommend".)
        else if (negated && stem(/^(?:do not|not|non-?)\s*([a-z]+)$/.exec(v)?.[1] ?? "") === stem(negated)) named.push({ column, value: v });
      }
    }
    // (Two values of one column named ask which of them a row has: "is that for decision or just info?")
    if (named.length === 0 || new Set(named.map((n) => n.column)).size < named.length) continue;
    // (Nor is it a list when the question names one of the rows: "tree equity mapping results - for decision?")
    const naming = topicWords(query.topic).filter((w) => !named.some((n) => n.value.includes(w.toLowerCase())) && !new RegExp(`^${MONTH_PATTERN}$`, "i").test(w));
    if (naming.length >= 2 && list.some((r) => matchScore(naming, r.label).fraction >= 0.5)) continue;
    // (Or names one row by its other cells: "what condition is on the wyvernhurst hydro award?" of the row
    // whose applicant is "Wyvernhurst Riverside Hydro CIC", not the list of rows marked "Award".)
    if (naming.length >= 2 && list.filter((r) => matchScore(naming, r.cells.map((c) => c.value).join(" ")).fraction >= 0.6).length === 1) continue;
    // A month named picks the rows whose date cell falls in it.
    // (Or an ISO day, "2271-07-21T10:10:00", as a form tool writes its stamps.)
    const inMonth = (r: Row) =>
      months.length === 0 ||
      r.cells.some((c) => (c.value.match(/[A-Za-z]+/g) ?? []).some((w) => months.includes(monthNumber(w) ?? 0)) || months.includes(Number(/^\s*\d{4}-(\d{2})-\d{2}\b/.exec(c.value)?.[1] ?? 0)));
    // (A round or phase named picks the rows whose cells name it, where rows name theirs: "round 2 grants in
    // Colderby" of a grants file whose programme or description says "round 1" or "round 2".)
    const parts = partsNamed(q);
    const inPart = (r: Row) => {
      const own = partsNamed(r.cells.map((c) => c.value).join(" "));
      return own.length === 0 || parts.every((p) => own.includes(p));
    };
    const fits = (n: (typeof named)[number], value: string) => (n.yesOrNot === undefined ? category(value) === n.value : value.trim() !== "" && /^yes\b/i.test(value.trim()) === n.yesOrNot);
    const picked = list.filter((r) => named.every((n) => r.cells.some((c) => c.column === n.column && fits(n, c.value))) && inMonth(r) && inPart(r));
    if (picked.length === 0) continue;
    // Beside each row, its cells that tell the rows apart: those the question names first ("with amounts":
    // the amount columns), then people and organisations, then the rest; not a value every row shares.
    const asked = new Set(contentWords(q).map(stem));
    const shared = (column: string) => picked.length >= 2 && new Set(picked.map((r) => r.cells.find((c) => c.column === column)?.value ?? "")).size === 1;
    // (The column the question's words name most first: "signed the quieter displays pledge" before
    // another question of the same survey about the council.)
    const askedIn = (column: string) => contentWords(column).filter((w) => asked.has(stem(w))).length;
    const rank = (column: string) => (askedIn(column) ? -askedIn(column) : ["name", "council", "organisation", "lead"].includes(columnRole(column) ?? "") ? 1 : 2);
    const meta = ctx.docById.get(picked[0]!.docId)!.meta;
    const shownValue = (n: { column: string }) => picked[0]!.cells.find((c) => c.column === n.column)!.value.replace(/\s*\([^()]{1,20}\)\s*$/, "");
    const by = named.map((n) => n.yesOrNot === false ? `${n.column}: other than Yes` : `${n.column}: ${shownValue(n)}${legend().has(shownValue(n).toUpperCase()) ? ` (${legend().get(shownValue(n).toUpperCase())}, as the legend says)` : ""}`).join("; ");
    finding.lines.push(`${meta.title} (${meta.period}), ${picked.length} item${picked.length === 1 ? "" : "s"} with ${by}:`);
    // (The legend's line that names the code is cited with the rows.)
    for (const n of named) {
      const code = shownValue(n).toUpperCase();
      const line = legend().has(code) ? `${legend().get(code)} (${code})` : undefined;
      const at = line ? (ctx.textOf?.(picked[0]!.docId)?.indexOf(line) ?? -1) : -1;
      if (line && at >= 0 && ctx.locate) finding.evidence.push({ docId: picked[0]!.docId, start: at, end: at + line.length, locator: ctx.locate(picked[0]!.docId, at) });
    }
    for (const r of picked.slice(0, MAX_ROWS_SHOWN)) {
      // (A few short cells beside the label: a row of an export may hold links and long notes.)
      const others = r.cells
        .filter((c) => !named.some((n) => n.column === c.column && n.yesOrNot !== false) && c.value.trim() && c.value.length <= ROW_DETAIL_CHARS && !/https?:\/\//.test(c.value) && !shared(c.column))
        .sort((a, b) => rank(a.column) - rank(b.column))
        .slice(0, ROW_DETAILS)
        .map((c) => `${c.column}: ${c.value}`)
        // (As many as make a line a reader takes in: a survey's columns are whole questions.)
        .filter((_, k, all) => k === 0 || all.slice(0, k + 1).join("; ").length <= ROW_LINE_CHARS);
      finding.lines.push(`• ${r.label}${others.length ? ` (${others.join("; ")})` : ""}`);
      const first = r.cells[0]!;
      finding.rows.push(...r.cells);
      finding.evidence.push({ docId: r.docId, start: first.sourceStart, end: first.sourceStart + first.source.length, locator: first.locator });
    }
  }
  return finding.lines.length ? finding : undefined;
}


/** A question that denies what it asks of the rows: "which councils haven't signed …?". */
const DENIED = /\b(?:haven['’]?t|hasn['’]?t|have not|has not|didn['’]?t|did not|don['’]?t|do not|doesn['’]?t|does not|aren['’]?t|are not|isn['’]?t|weren['’]?t|wasn['’]?t|not yet|never)\b/i;

/**
 * Whether the question asks for the rows answering a yes-or-no column yes (true) or otherwise (false):
 * the column's header is a question ("Has your council signed the quieter displays pledge?") whose words
 * the question uses, and its answers include yes or no. Undefined when it does not.
 */
function yesNoAsked(column: string, answers: string[], question: string): boolean | undefined {
  if (!/\?\s*$/.test(column.trim()) || !answers.some((a) => /^(?:yes|no)\b/.test(a))) return undefined;
  const words = topicWords(column).filter((w) => !/^(?:your|you|our)$/.test(w));
  if (words.length < 2 || matchScore(words, question).fraction < 0.75) return undefined;
  return !DENIED.test(question);
}

/**
 * Whether a question asks for a legend's label: each of its words is one of the question's, or inside one
 * ("waiting to be upgraded" asks for "Awaiting upgrade").
 */
function legendWordsAsked(label: string, question: string): boolean {
  const asked = contentWords(question).map((w) => w.toLowerCase());
  const fits = (w: string, a: string) => stem(a) === stem(w) || (a.length >= 5 && w.includes(a)) || (w.length >= 5 && a.includes(w));
  const wanted = contentWords(label).map((w) => w.toLowerCase());
  return wanted.length > 0 && wanted.every((w) => asked.some((a) => fits(w, a)));
}

/** A part of a programme: "round 1", "phase 2". */
export const NUMBERED_PART = /\b(round|phase|tranche|wave|cohort)\s+(\d{1,2})\b/gi;

/** The numbered parts a text names: "round 2", "phase 1" (lower case). */
const partsNamed = (text: string) => [...text.matchAll(NUMBERED_PART)].map((m) => `${m[1]!.toLowerCase()} ${m[2]}`);

/** A listed row as "• <name> (<column>: <value>; …)", with its cells and its line cited. */
function pushRowLine(finding: Finding, r: Row, name: string, others: CellRecord[]): void {
  const details = others.map((c) => `${c.column}: ${c.value}`);
  finding.lines.push(`• ${name}${details.length ? ` (${details.join("; ")})` : ""}`);
  const first = r.cells[0]!;
  finding.rows.push(...r.cells);
  finding.evidence.push({ docId: r.docId, start: first.sourceStart, end: first.sourceStart + first.source.length, locator: first.locator });
}

/**
 * "Which councils got round 1 grants?": the rows of the one table with a column of councils whose caption,
 * section or document the question's other words fit (and that is not another round's), each council with
 * the rest of its row.
 */
export function lookupCouncilsListed(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  if (!ASKS_WHICH_COUNCILS.test(query.question)) return undefined;
  const words = topicWords(query.topic).filter((w) => !/^(?:councils?|authorit(?:y|ies)|las?|local|which|got|get|received?|awarded|given)$/i.test(w));
  if (words.length === 0) return undefined;
  const asked = partsNamed(query.question);
  const scored = [...tablesOfRows(ctx, (c) => c.table).values()]
    .map((rows) => rows.filter((r) => !TOTAL_ROW.test(r.label)))
    .filter((rows) => rows.length >= 2 && rows.some((r) => r.cells.some((c) => columnRole(c.column) === "council")))
    .map((rows) => {
      const meta = ctx.docById.get(rows[0]!.docId)!.meta;
      const context = `${rows[0]!.table} ${meta.title}`;
      // (A table of round 2, or of no round named, does not answer round 1: it must name the part asked.)
      const parts = partsNamed(context);
      return { rows, fit: asked.every((a) => parts.includes(a)) ? matchScore(words, context, { equivalents: 0.6 }).fraction : 0 };
    });
  const best = Math.max(0, ...scored.map((t) => t.fit));
  const picked = scored.filter((t) => t.fit >= best);
  if (best < 0.5 || picked.length !== 1) return undefined;
  const rows = picked[0]!.rows;
  const meta = ctx.docById.get(rows[0]!.docId)!.meta;
  const finding = emptyFinding();
  finding.lines.push(`${meta.title} (${meta.period}), "${rows[0]!.table.split(" > ").pop()}": ${rows.length} rows.`);
  for (const r of rows.slice(0, MAX_ROWS_SHOWN)) {
    const council = r.cells.find((c) => columnRole(c.column) === "council")?.value ?? r.label;
    pushRowLine(finding, r, council, r.cells.filter((c) => columnRole(c.column) !== "council" && c.value !== council));
  }
  return finding;
}

/** Words of a caption that name nothing in particular: "Table 2", "Annex A". */
const CAPTION_FILLER = /^(?:table|tables|figure|annex|appendix|[a-z]|\d+(?:\.\d+)*)$/i;

/**
 * "Which hubs fund bids got asked to resubmit for round 2?": every row of the one table whose caption (or
 * the heading over it) the question names, most of its words, each row with its cells.
 */
export function lookupRowsOfTableNamed(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  if (!/^\s*(?:which|what|list|show)\b/i.test(query.question)) return undefined;
  const asked = new Set(contentWords(query.question).map(stem));
  const parts = partsNamed(query.question);
  const scored = [...tablesOfRows(ctx, (c) => c.table).values()]
    .map((rows) => rows.filter((r) => !TOTAL_ROW.test(r.label)))
    // (A list's rows, each a thing with its cells: not a front sheet's label-value pairs.)
    .filter((rows) => rows.length >= 2 && rows.length <= MAX_ROWS_SHOWN && new Set(rows.map((r) => r.label)).size === rows.length && rows.every((r) => r.cells.length >= 2))
    .map((rows) => {
      const caption = [...new Set(contentWords(rows[0]!.table).filter((w) => !CAPTION_FILLER.test(w)).map(stem))];
      const hit = caption.filter((w) => asked.has(w)).length;
      // (A table of another round does not answer the round asked.)
      const own = partsNamed(rows[0]!.table);
      const fit = caption.length && parts.every((p) => own.includes(p)) ? hit / caption.length : 0;
      return { rows, hit, fit };
    })
    .filter((t) => t.hit >= 2 && t.fit >= 0.7);
  const best = Math.max(0, ...scored.map((t) => t.fit));
  const picked = scored.filter((t) => t.fit >= best);
  if (picked.length !== 1) return undefined;
  const rows = picked[0]!.rows;
  const meta = ctx.docById.get(rows[0]!.docId)!.meta;
  const finding = emptyFinding();
  finding.lines.push(`${meta.title} (${meta.period}), "${rows[0]!.table.split(" > ")[0]}": ${rows.length} rows.`);
  for (const r of rows) {
    pushRowLine(finding, r, r.label, r.cells.filter((c) => c.value !== r.label));
  }
  return finding;
}

/** A percentage the question measures rows against: "the 85% target", "below 90 per cent". */
const THRESHOLD = /(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent\b)/i;
/** Rows short of the figure: "missed", "below", "fell short of", "didn't reach". */
const SHORT_OF =
  /\b(?:miss(?:ed|es|ing)?|below|under|less than|lower than|fewer than|short of|fell short|falls? short|falling short|fail(?:ed|s|ing)? to (?:meet|reach|hit|make|achieve)|did(?:n['’]?t| not) (?:meet|reach|hit|make|achieve)|not (?:meet|reach|hit|make|achieve)(?:ing)?)\b/i;
/** Rows at or over it: "met", "reached", "above", "exceeded". */
const REACHED = /\b(?:met|meets?|meeting|reached|reach(?:es|ing)?|hit(?:s|ting)?|above|over|more than|higher than|exceed(?:ed|s|ing)?|beat|at least|achieved?)\b/i;
const PERCENT_VALUE = /^\s*(\d{1,3}(?:\.\d+)?)\s*%\s*$/;
/** A row summing up the others is not one of them. */
const SUMMARY_ROW = /^\W*(?:total|overall|all\b|average|mean|median)/i;

/**
 * "Which districts missed the 85% inspection target?", "which sites are below 90%?": the rows of the table
 * whose percentage column the question's words name, on the side of the figure asked (a total row aside).
 * The papers' own words ("three districts fell short") seldom name the rows; the table does.
 */
export function lookupRowsPastThreshold(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const q = query.question;
  // (Rows are asked for, "which districts …?"; not a share, "what % said costs went up by more than 20%?".)
  if (!/\b(?:which|list|name)\b/i.test(q) || /\bwhat\s+(?:%|per ?cent|percentage|proportion|share)\b|\bhow many\b/i.test(q)) return undefined;
  const figure = THRESHOLD.exec(q);
  if (!figure) return undefined;
  // (The figure is a bar the rows are measured against: "missed the 85% target", "below 90%".)
  const before = q.slice(Math.max(0, figure.index - 30), figure.index);
  const after = q.slice(figure.index + figure[0].length, figure.index + figure[0].length + 30);
  const short = SHORT_OF.test(before);
  if (!short && !REACHED.test(before) && !/^\s*(?:[\w-]+\s+){0,2}(?:target|threshold|benchmark|standard|goal|mark)\b/i.test(after)) return undefined;
  if (!short && !REACHED.test(q)) return undefined;
  const limit = Number(figure[1]);
  const asked = new Set(topicWords(query.topic).filter((w) => !/^\d/.test(w)).map(stem));
  if (asked.size === 0) return undefined;
  let best: { rows: Row[]; column: string; score: number } | undefined;
  for (const list of tablesOfRows(ctx).values()) {
    const rows = list.filter((r) => !SUMMARY_ROW.test(r.label));
    if (rows.length < 3) continue;
    const columns = [...new Set(rows.flatMap((r) => r.cells.map((c) => c.column)))];
    // (The table's words name what its rows are, "District", and what it measures.)
    const tableWords = new Set(contentWords(`${list[0]!.table} ${columns.join(" ")}`).map(stem));
    for (const column of columns) {
      const values = rows.map((r) => r.cells.find((c) => c.column === column)?.value ?? "");
      const percents = values.filter((v) => PERCENT_VALUE.test(v));
      if (percents.length < 3 || percents.length < 0.6 * values.length) continue;
      const own = new Set(contentWords(column).map(stem));
      const score = [...asked].filter((w) => tableWords.has(w)).length + [...asked].filter((w) => own.has(w)).length;
      if (score > 0 && (!best || score > best.score)) best = { rows, column, score };
    }
  }
  if (!best) return undefined;
  const { rows, column } = best;
  const valueOf = (r: Row) => r.cells.find((c) => c.column === column && PERCENT_VALUE.test(c.value));
  const measured = rows.filter((r) => valueOf(r));
  const picked = measured.filter((r) => {
    const v = Number(PERCENT_VALUE.exec(valueOf(r)!.value)![1]);
    return short ? v < limit : v >= limit;
  });
  const meta = ctx.docById.get(rows[0]!.docId)!.meta;
  const finding = emptyFinding();
  const side = short ? `below ${figure[1]}%` : `at or above ${figure[1]}%`;
  finding.lines.push(`"${rows[0]!.table.split(" > ").pop()}" (${meta.title}, ${meta.period}): ${picked.length} of ${measured.length} ${side} in "${column}"${picked.length ? ":" : "."}`);
  for (const r of picked.slice(0, MAX_ROWS_SHOWN)) {
    finding.lines.push(`• ${r.label}: ${valueOf(r)!.value}`);
    const first = r.cells[0]!;
    finding.rows.push(...r.cells);
    finding.evidence.push({ docId: r.docId, start: first.sourceStart, end: first.sourceStart + first.source.length, locator: first.locator });
  }
  return finding;
}

/** A question about one payment or award named by its amount: "what was the 4860 payment for?". */
const ASKS_OF_AMOUNT = /\b(?:payments?|paid|invoices?|transactions?|charges?|grants?|awards?|bills?|spend|amounts?)\b/i;
/** A figure as a cell holds it, as a number: "£4,860.00", "4860.00", "4,860". */
const amountOf = (text: string): number | undefined => {
  const m = /^\s*-?£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*$/.exec(text);
  return m ? Number(`${m[1]!.replace(/,/g, "")}.${m[2] ?? "0"}`) : undefined;
};

/**
 * "What was the 4860 payment for?", "who got the £13,500 grant?": the row holding that amount, read whole.
 * Only an amount of three figures or more, not a year, found in at most three rows.
 */
export function lookupRowByAmount(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const q = query.question;
  if (!ASKS_OF_AMOUNT.test(q) || !/\b(?:what|who|which|whose|where|when)\b/i.test(q)) return undefined;
  const figures = [...q.matchAll(/(?<![\w./-])£?(\d{1,3}(?:,\d{3})+|\d{3,})(?:\.(\d{1,2}))?(?![\w/-]|\.\d)/g)]
    .filter((m) => !/^(?:19|2\d)\d\d$/.test(m[1]!) || m[0].startsWith("£") || m[2] !== undefined)
    .map((m) => Number(`${m[1]!.replace(/,/g, "")}.${m[2] ?? "0"}`));
  if (figures.length !== 1) return undefined;
  const rows = [...tablesOfRows(ctx).values()].flat().filter((r) => r.cells.some((c) => amountOf(c.value) === figures[0]));
  if (rows.length === 0 || rows.length > 3) return undefined;
  const finding = emptyFinding();
  for (const r of rows) {
    const meta = ctx.docById.get(r.docId)!.meta;
    const first = r.cells[0]!;
    finding.lines.push(`${meta.title} (${meta.period}), "${r.label}": ${r.cells.filter((c) => c.value.trim() && c.value !== r.label).map((c) => `${c.column}: ${c.value}`).join("; ")}`);
    finding.rows.push(...r.cells);
    finding.evidence.push({ docId: r.docId, start: first.sourceStart, end: first.sourceStart + first.source.length, locator: first.locator });
  }
  return finding;
}

/** The rows a question asks one figure of each: "what's each area getting", "how much per council", "for every ward". */
const FOR_EACH = /\b(?:each|every|per)\s+([a-z]{3,})\b/i;

/**
 * "What's each area getting in round 3?": the table whose rows are the things asked for each of (its label
 * column headed by that word, "Area") and the one column the question's other words name ("Round 3
 * allocation", not "Round 2 allocation"), every row with that column's value, header and rows cited.
 */
export function lookupColumnForEach(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const each = FOR_EACH.exec(query.question);
  const textOf = ctx.textOf;
  if (!each || !textOf) return undefined;
  const thing = stem(each[1]!.toLowerCase());
  const asked = contentWords(query.question.replace(each[0], " ")).map(stem);
  const parts = partsNamed(query.question);
  const headerOf = (c: CellRecord) => {
    if (c.headerStart === undefined) return [];
    const text = textOf(c.docId) ?? "";
    const end = text.indexOf("\n", c.headerStart);
    return text.slice(c.headerStart, end < 0 ? undefined : end).split(" | ").map((h) => h.trim());
  };
  const picks: { rows: Row[]; column: string; fit: number }[] = [];
  for (const rows of tablesOfRows(ctx, (c) => c.table).values()) {
    const first = rows[0]!.cells[0]!;
    const labelHeader = headerOf(first)[0] ?? "";
    if (rows.filter((r) => !TOTAL_ROW.test(r.label)).length < 2 || !contentWords(labelHeader).map(stem).includes(thing)) continue;
    for (const column of new Set(rows.flatMap((r) => r.cells.map((c) => c.column)))) {
      if (column === labelHeader) continue;
      const own = partsNamed(column);
      // (A column of another round does not answer the round asked.)
      if (parts.some((p) => !own.includes(p)) || own.some((p) => !parts.includes(p))) continue;
      const fit = contentWords(column).map(stem).filter((w) => asked.includes(w)).length + own.length;
      if (fit > 0) picks.push({ rows, column, fit });
    }
  }
  const best = Math.max(0, ...picks.map((p) => p.fit));
  const chosen = picks.filter((p) => p.fit >= best);
  if (chosen.length !== 1) return undefined;
  const { rows, column } = chosen[0]!;
  const meta = ctx.docById.get(rows[0]!.docId)!.meta;
  const finding = emptyFinding();
  finding.lines.push(`${meta.title} (${meta.period}), "${rows[0]!.table.split(" > ").pop()}", ${column}:`);
  const header = rows[0]!.cells[0]!;
  const text = textOf(header.docId) ?? "";
  const headerEnd = text.indexOf("\n", header.headerStart!);
  finding.evidence.push({ docId: header.docId, start: header.headerStart!, end: headerEnd < 0 ? text.length : headerEnd, locator: { ...header.locator, row: "header row" } });
  for (const r of rows) {
    const cell = r.cells.find((c) => c.column === column);
    if (!cell) continue;
    finding.lines.push(`• ${r.label}: ${cell.value}`);
    finding.rows.push(cell);
    finding.evidence.push({ docId: r.docId, start: cell.sourceStart, end: cell.sourceStart + cell.source.length, locator: cell.locator });
  }
  return finding.lines.length > 2 ? finding : undefined;
}

/** What a question asks of a row it names by its words, and the columns that answer it. */
const ROW_ASKS: { asks: RegExp; column: (header: string, value: string) => boolean; byOneWord?: boolean }[] = [
  // "Which group got …", "who was given …": the organisation's or person's column. (Whom to contact, who
  // leads or owns a row, and when it is due are the table lookup's, by the row's own columns.)
  {
    asks: /(?:\bwho\b|\bwhich (?:group|organi[sz]ation|charity|company|body|club|trust|council|school|recipient)\b).*\b(?:get|gets|got|getting|given|awarded|receive[ds]?|granted|funded)\b/i,
    // (What was given goes to an organisation: its recipient's column, not a person's, which a task's
    // assignee or a row's lead would be.)
    column: (h) => (columnRole(h) === "organisation" || /\brecipient\b|\bgrantee\b|\bawarded to\b/i.test(h)) && !/\bidentifier\b|\bnumber\b|\bcode\b|\bpostal\b|\bfund(?:ing|er)\b|\be-?mail\b|\bphone\b/i.test(h),
  },
  // "Who filled in the survey for Fellmoor?": the response's own column naming who answered ("Your name
  // and job title", "Completed by", "Respondent").
  {
    asks: /\bwho\b.{0,40}\b(?:fill(?:ed)? (?:in|out)|complet(?:ed|es)|answer(?:ed|s)|respond(?:ed|s)|submit(?:ted|s)|returned|sent (?:in|back))\b/i,
    column: (h, v) => /\bname\b|\bjob title\b|\brespondent\b|\b(?:completed|submitted|returned) by\b/i.test(h) && !/\b(?:council|organi[sz]ation|school|company)\b[^?]*\bname\b/i.test(h) && /^[A-Z][\p{L}'’-]+\s+[A-Z]/u.test(v.trim()),
    // (The response is named by one word, the council's: "for Fellmoor".)
    byOneWord: true,
  },
  // "… and how much did it get?": what it was given. (What was spent or forecast is a budget table's to say.)
  // (Not what was applied for, when what was given is asked.)
  { asks: /^(?=.*\b(?:get|gets|got|getting|given|awarded|receive[ds]?|granted)\b).*(?:\bhow much\b|\bamounts?\b)/i, column: (h, v) => /^[£$€]?\s?\d[\d,.]*\s*[km]?$/i.test(v.trim()) && /amount|award|grant|cost|budget|value|paid|total|£/i.test(h) && !/\bapplied\b|\brequested\b|\basked\b/i.test(h) },
  // "What is it for?", "what does it say it's for?": its description or purpose.
  { asks: /\bwhat\b.{0,90}\bfor\b\s*\??\s*(?:$|[,;-]|quote\b|and\b)|\bdescri(?:be|ption)\b|\bpurpose\b|\bwhat is it\b/i, column: (h) => /\bdescription\b|\bpurpose\b|\bsummary\b|\bdetails?\b/i.test(h) },
];

/** Words that ask, or that every row of a table shares, not the row's own name. */
const ROW_ASKING = /^(?:which|what|whats|who|group|organisation|organization|got|get|given|much|quote|exact|say|says|said|data|file|pls|please|id|ref|reference|for|fill|filled|completed|answered|responded|submitted|returned|sent)$/i;

/**
 * "Which group got the tool library grant and how much?", "what does the grants data say the orchard grant
 * is for? quote it with the grant id": the one row whose own cell (a title, a name) the question's naming
 * words fit, and the columns it asks for (the recipient, the amounts, the description, the dates), the row's
 * label (its identifier) with them.
 */
export function lookupRowNamedByCell(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const asked = ROW_ASKS.filter((a) => a.asks.test(query.question));
  if (asked.length === 0) return undefined;
  const scored: { row: Row; fit: number; hit: number }[] = [];
  for (const rows of tablesOfRows(ctx, (c) => c.table).values()) {
    if (rows.length < 3) continue;
    // (Words of the table's own headers, "Grant Programme:Title", "Data Source", or of its document's title
    // or file name, "…-fund-grants-…", name no row.)
    const meta = ctx.docById.get(rows[0]!.docId)!.meta;
    const headerWords = new Set([...rows.flatMap((r) => r.cells.flatMap((c) => contentWords(c.column))), ...contentWords(`${meta.title} ${meta.docId.replace(/[-_.]+/g, " ")}`)].map(stem));
    const naming = contentWords(query.question).filter((w) => !ROW_ASKING.test(w) && !headerWords.has(stem(w)));
    if (naming.length < (asked.some((a) => a.byOneWord) ? 1 : 2)) continue;
    for (const row of rows) {
      // (The row's label is one of its names too: "Ravensholt City Council" of a survey response.)
      const fits = [row.label, ...row.cells.map((c) => c.value)]
        .filter((value) => value.length >= 5 && value.length <= 120 && !/^[\d£$€.,\s%-]+$/.test(value))
        .map((value) => matchScore(naming, value, { equivalents: 0.6, ...(ctx.weight ? { weight: ctx.weight } : {}) }));
      const best = fits.sort((a, b) => b.fraction - a.fraction)[0];
      if (best && best.fraction >= 0.6) scored.push({ row, fit: best.fraction, hit: best.score });
    }
  }
  const top = Math.max(0, ...scored.map((s) => s.fit));
  const chosen = scored.filter((s) => s.fit >= top - 0.01);
  if (chosen.length !== 1) return undefined;
  const { row } = chosen[0]!;
  const answering = row.cells.filter((c) => c.value.trim() && asked.some((a) => a.column(c.column, c.value)));
  if (answering.length === 0) return undefined;
  const meta = ctx.docById.get(row.docId)!.meta;
  const title = row.cells.find((c) => /\btitle\b|\bname\b|\bproject\b/i.test(c.column) && !answering.includes(c));
  const finding = emptyFinding();
  finding.lines.push(`${row.label}${title ? `, "${title.value}"` : ""} (${meta.title}):`);
  for (const c of answering) finding.lines.push(`• ${c.column}: ${c.value}`);
  const first = row.cells[0]!;
  finding.rows.push(...answering);
  finding.evidence.push({ docId: row.docId, start: first.sourceStart, end: first.sourceStart + first.source.length, locator: first.locator });
  return finding;
}

/**
 * "Who presented at the workshop?" of a call's register whose "Role" column holds the word the verb makes
 * ("Presenter", "Organiser"): the rows of that role, named by their first cell, in the table of the document
 * the question's other words name (or the only such table).
 */
export function lookupRowsByRoleVerb(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const verb = /^\s*who\s+(?:was\s+|were\s+)?([a-z]{4,}(?:ed|ing))\b/i.exec(query.question)?.[1];
  if (!verb) return undefined;
  const root = stem(verb.replace(/ing$/i, "e"));
  const playsRole = (value: string) => {
    const word = value.trim().split(/\s+/)[0] ?? "";
    return word.length >= 4 && (stem(word) === root || stem(word.replace(/(?:er|or)$/i, "")) === root || stem(`${word.replace(/(?:er|or)$/i, "")}e`) === root);
  };
  const words = topicWords(query.topic).filter((w) => stem(w) !== root);
  const candidates = [...tablesOfRows(ctx).values()].flatMap((list) => {
    const roleColumn = [...new Set(list.flatMap((r) => r.cells.map((c) => c.column)))].find((c) => /^role$/i.test(c.trim()));
    if (!roleColumn) return [];
    const rows = list.filter((r) => playsRole(r.cells.find((c) => c.column === roleColumn)?.value ?? ""));
    if (!rows.length) return [];
    const title = ctx.docById.get(list[0]!.docId)?.meta.title ?? "";
    return [{ rows, roleColumn, fit: matchScore(words, `${title} ${list[0]!.table}`).fraction }];
  });
  const best = Math.max(0, ...candidates.map((c) => c.fit));
  const chosen = candidates.length === 1 ? candidates : candidates.filter((c) => c.fit >= 0.5 && c.fit >= best - 0.01);
  if (chosen.length !== 1) return undefined;
  const { rows, roleColumn } = chosen[0]!;
  const finding = emptyFinding();
  const title = ctx.docById.get(rows[0]!.docId)?.meta.title ?? rows[0]!.docId;
  finding.lines.push(`${title}:`);
  for (const r of rows) {
    const role = r.cells.find((c) => c.column === roleColumn)!;
    finding.lines.push(`• ${r.label}: ${role.value}`);
    finding.evidence.push({ docId: role.docId, start: role.sourceStart, end: role.sourceStart + role.source.length, locator: role.locator });
    finding.rows.push(role);
  }
  return finding;
}
