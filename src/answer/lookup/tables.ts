/** Lookups over table cells (staffing, membership counts, polling, budgets) and risk registers. */
import { findAbbreviations } from "../../ingest/abbreviations.js";
import { fieldNameWords, labelField } from "../../ingest/vocabulary.js";
import type { AttendanceRecord, CellRecord, MemberRecord, RiskRecord, TargetRecord } from "../../ingest/records/schema.js";
import { figureBeforeRating } from "../../ingest/records/context.js";
import { MONTH_PATTERN, financialYearForms, findFullDate, fullYear, isoMonth, monthNumber, normaliseFinancialYear } from "../../util/dates.js";
import { matchScore } from "../../util/similarity.js";
import { contentWords, stem } from "../../util/text.js";
import { EQUIVALENTS, equivalenceGroup } from "../../util/lexicon.js";
import { SHOWS_IN_REGISTER, topicWords, type Period, type TypedQuery } from "../query.js";
import { effectivePeriods, listPeriods, scopeByPeriods } from "./scope.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";
import type { Span } from "../quotes.js";
import { MAX_QUOTE_CHARS } from "../schema.js";
import { mentionsOf, type Mention } from "./mentions.js";
import { forPeriodsAsked, targetColumnValue } from "./targets.js";
import { ASKS_PAID_SO_FAR, PAID_OUT, PAID_OUT_COLUMN, leavesOut } from "../expected.js";
import { lookupLedgerNet } from "./ledger.js";

/** Units a count may be of, after what they measure: "ranger hours", "staff days", "site visits". */
const COUNT_UNIT = /^(?:hours|days|weeks|nights|sessions|visits|trips|journeys|miles|kilometres|tonnes|litres|places)$/i;

const MONTH_LABEL = new RegExp(`^(${MONTH_PATTERN})[\\s-]*'?(\\d{2}|\\d{4})$`, "i");

const QUARTER_LABEL = /^(?:q|quarter\s*)([1-4])\s*(\d{2,4}\s*[/-]\s*\d{2,4})$/i;

/**
 * The month a period column ends: "Mar-19", "October-20" -> "2019-03", "2020-10"; a quarter of the
 * financial year "Q3 2019/20" -> "2019-12" (so columns sort in time); undefined for other labels.
 */
export function columnMonth(label: string): string | undefined {
  const q = QUARTER_LABEL.exec(label.trim());
  const fy = q && normaliseFinancialYear(q[2]!);
  if (fy) return quarterEnd(fy, Number(q![1]));
  const m = MONTH_LABEL.exec(label.trim());
  if (!m) return undefined;
  const month = monthNumber(m[1]!);
  return month ? isoMonth(fullYear(m[2]!), month) : undefined;
}

/** The month a column counts up to: "PCNs to 28 Feb 2031", "Spend at 30 September 2027" -> "2031-02", "2027-09". */
function upToMonth(label: string): string | undefined {
  const upTo = /\b(?:to|at|as at|until|up to)\s+(\d{1,2}(?:st|nd|rd|th)?\s+\S+\s+\d{4})\s*$/i.exec(label.trim());
  return upTo ? findFullDate(upTo[1]!)?.iso.slice(0, 7) : undefined;
}

function quarterEnd(fy: string, quarter: number): string {
  const start = Number(fy.slice(0, 4));
  return isoMonth(quarter === 4 ? start + 1 : start, [6, 9, 12, 3][quarter - 1]!);
}

const spanOf = (r: CellRecord | RiskRecord) => ({ docId: r.docId, start: r.sourceStart, end: r.sourceStart + r.source.length, locator: r.locator });

/**
 * What to quote for a risk: its row; for a risk written as a section of labelled lines, the run of lines
 * from its score (its score before controls too, when the question asks about controls) to its direction of
 * travel, or those lines one by one when the run is too long to quote.
 */
function riskSpans(r: RiskRecord, question: string): Span[] {
  if (!r.source.includes("\n")) return [spanOf(r)];
  const lines: { text: string; start: number }[] = [];
  let at = 0;
  for (const text of r.source.split("\n")) {
    lines.push({ text, start: r.sourceStart + at });
    at += text.length + 1;
  }
  const scoreLine = (before: boolean) => {
    if (r.score === undefined) return undefined;
    const labelled = lines.findIndex((l) => /\bscore\b/i.test(l.text) && /\b(?:inherent|gross|initial|before|original|unmitigated)\b/i.test(l.text) === before && /\d/.test(l.text));
    if (labelled >= 0) return labelled;
    // (A card's score written without the word: its title's lozenge, "… VERY HIGH 20"; the assessments
    // side by side, "L4 × I5 = 20 | L2 × I5 = 10", for the score before controls.)
    if (before) return r.inherentScore === undefined ? -1 : lines.findIndex((l) => new RegExp(`=\\s*${r.inherentScore}\\b`).test(l.text));
    return lines.findIndex((l) => new RegExp(`\\b${r.score}\\b`).test(l.text) && (!r.band || l.text.toLowerCase().includes(r.band.toLowerCase())));
  };
  // "Who owns …?": what the risk is and who owns it; otherwise its scores and direction of travel.
  const ownerLine = r.owner && /\bwho\b|\bowns?\b|\bowner|\bresponsible\b/i.test(question) ? lines.findIndex((l) => l.text.includes(r.owner!)) : -1;
  const beforeLine = ownerLine <= 0 && /\bcontrols?\b|\bmitigat|\binherent\b|\bbefore\b/i.test(question) ? scoreLine(true) : undefined;
  // (Of assessments side by side, "L4 × I5 = 20 | L2 × I5 = 10 | L1 × I5 = 5", the one before controls alone.)
  const beforeCell = beforeLine !== undefined && beforeLine >= 0 && lines[beforeLine]!.text.includes(" | ") ? new RegExp(`[^|]*=\\s*${r.inherentScore}\\b[^|]*`).exec(lines[beforeLine]!.text) : null;
  const wanted = (
    ownerLine > 0
      ? [Math.max(1, lines.findIndex((l) => /\bdescription\b/i.test(l.text))), ownerLine]
      : [scoreLine(false), beforeCell ? undefined : beforeLine, r.trend ? lines.findIndex((l) => l.text.includes(r.trend!)) : undefined]
  ).filter((k): k is number => k !== undefined && k >= 0);
  const cellQuote = beforeCell ? [{ docId: r.docId, start: lines[beforeLine!]!.start + beforeCell.index + (beforeCell[0].length - beforeCell[0].trimStart().length), end: lines[beforeLine!]!.start + beforeCell.index + beforeCell[0].trimEnd().length, locator: r.locator }] : [];
  // A note the question asks about ("did it go on the corporate register?"): its line is quoted too.
  const asked = contentWords(question);
  const noteLines = (r.notes ?? [])
    .filter((n) => matchScore(asked, n, { equivalents: 0.6 }).score >= 1)
    .map((n) => lines.findIndex((l) => l.text.includes(n.slice(n.indexOf(": ") + 2))))
    .filter((k) => k >= 0);
  if (wanted.length === 0) return [spanOf(r)];
  const line = (k: number): Span => ({ docId: r.docId, start: lines[k]!.start, end: lines[k]!.start + lines[k]!.text.length, locator: r.locator });
  const [first, last] = [Math.min(...wanted), Math.max(...wanted)];
  const run = { docId: r.docId, start: lines[first]!.start, end: lines[last]!.start + lines[last]!.text.length, locator: r.locator };
  const notes = noteLines.filter((k) => k < first || k > last).map(line);
  if (run.end - run.start <= MAX_QUOTE_CHARS) return [...notes, run, ...cellQuote];
  return [...notes, ...[...new Set(wanted)].sort((a, b) => a - b).map(line), ...cellQuote];
}

/** A cell is quoted with its table's column labels when the header row is close above it. */
const cellSpan = (c: CellRecord) => {
  const end = c.sourceStart + c.source.length;
  return c.headerStart !== undefined && end - c.headerStart <= 450 ? { ...spanOf(c), start: c.headerStart } : spanOf(c);
};
/**
 * A risk's score (or rating), band, inherent and target scores, direction of travel, owner and review date, as the
 * register gives them; its mitigation too when the question asks why or what is being done.
 */
function riskFigures(r: RiskRecord, question = ""): string {
  const parts: string[] = [];
  if (r.score !== undefined) {
    const product = r.impact !== undefined && r.likelihood !== undefined ? `Impact ${r.impact} × likelihood ${r.likelihood} = score ${r.score}` : `Score ${r.score}`;
    // (The register's own word for it when it is not a RAG colour: "Medium", "High".)
    const rated = r.band ?? (r.rating ? (r.statusLabel ? `${r.statusLabel}, ${r.rating}` : r.rating) : r.statusLabel);
    parts.push(`${product}${rated ? ` (${rated})` : ""}`);
  } else if (r.rating) parts.push(`Rated ${r.statusLabel ? `${r.statusLabel} (${r.rating})` : r.rating}`);
  else if (r.statusLabel) parts.push(`Rated ${r.statusLabel}`);
  if (r.inherentScore !== undefined) parts.push(`inherent score ${r.inherentScore}`);
  if (r.targetScore !== undefined) parts.push(`target score ${r.targetScore}`);
  if (r.trend) parts.push(`direction of travel ${r.trend}`);
  if (r.owner) parts.push(`owner ${r.owner}`);
  if (r.review) parts.push(`next review ${r.review}`);
  if (r.mitigation && (MITIGATION_ASKED.test(question) || SHOWS_IN_REGISTER.test(question) || namesControl(r, question))) parts.push(`mitigation: ${r.mitigation}`);
  for (const note of r.notes ?? []) parts.push(note.charAt(0).toLowerCase() + note.slice(1));
  return parts.join("; ");
}

/**
 * The question names something in the risk's controls and not in what the risk is ("how does the sampling
 * money show up in the register?": "£24,000 for extra sampling …" among its controls).
 */
function namesControl(r: RiskRecord, question: string): boolean {
  const asked = contentWords(question).filter((w) => !REGISTER_WORDS.test(w));
  const inControls = matchScore(asked, r.mitigation ?? "").score;
  return inControls >= 1 && inControls > matchScore(asked, r.description ?? "").score;
}

/** A question about why a risk stands where it does, or what is being done about it. */
const MITIGATION_ASKED = /\bwhy\b|\bstill (?:open|live|active)\b|\bclosed\b|\bmitigat\w*|\b(?:what|which|any|the) controls?\b|\bcontrols? (?:in place|are there|listed)\b|\bwhat (?:are|is) (?:we|the lga|being) doing\b|\bhow (?:are|is) (?:it|this|we)\b|\bmanag\w*/i;

/** The most cells a row may have to be read whole when one of them is asked for. */
const MAX_ROW_CELLS = 5;
/** A row label that is only a code: "PTB1", "CPA2-09", "RWB-03". */
const REF_LIKE = /^[A-Z]{1,6}\d*[-./]?\d{1,3}[a-z]?$/;
/** Nor one found by a name in one of its cells that has up to this many. */
const MAX_NAMED_ROW_CELLS = 8;

/** Words of registers themselves, which pick out no risk: "which risks are red after controls". */
/** A register named by its own words: "on the programme risk register", "in the corporate risks log". */
const REGISTER_NAMED = /\b(?:the|our|its|their)\s+((?:[\w'’-]+\s+){1,3}?)risks?\s+(?:register|log)\b/i;

const REGISTER_WORDS = /^(?:risks?|register|score[sd]?|scoring|ratings?|rag|highest|biggest|lowest|smallest|least|worst|serious|significant|band|bands|rated|controls?|inherent|residual|gross|net|mitigat\w*|likelihood|impact|after|before)$/;

/** A question about risks whose controls have not lowered the score ("controls haven't brought it down"). */
const CONTROLS_UNAVAILING =
  /\b(?:controls?|mitigations?|mitigating actions?)\b[^?]{0,40}(?:\bnot|n't|\bno|\bwithout)\b[^?]{0,30}\b(?:down|reduc\w*|lower\w*|chang\w*|effect|difference)\b|(?:\bnot|n't|\bno)\b[^?]{0,30}\b(?:reduc\w*|lower\w*)\b[^?]{0,30}\bby (?:the )?(?:controls?|mitigations?)\b/i;

/** Which way a question asks risks to have moved: up (worse) or down (better), if it asks. */
function movementAsked(question: string): "up" | "down" | undefined {
  // (Or compared with a review: "which risks score higher than at the previous review?")
  const compared = /\b(?:scor\w*|rated)\s+(higher|more|lower|less)\s+than\b|\b(higher|lower)\s+than\s+(?:at|in|on)\s+(?:the\s+)?(?:last|previous|prior|earlier)\b/i.exec(question);
  if (compared) return /^(?:higher|more)$/i.test(compared[1] ?? compared[2]!) ? "up" : "down";
  if (/\b(?:go|goes|went|gone|going|moved|come)\s+up\b|\b(?:increas(?:ed|ing)|raised|rose|risen|rising|worsened|worsening|escalat(?:ed|ing)|got worse|getting worse)\b/i.test(question)) return "up";
  if (/\b(?:go|goes|went|gone|going|moved|come)\s+down\b|\b(?:decreas(?:ed|ing)|reduc(?:ed|ing)|lowered|improv(?:ed|ing)|fell|fallen|falling|dropped|dropping|eased|easing)\b/i.test(question)) return "down";
  return undefined;
}

/** A risk's direction of travel as up or down ("▲ Increasing", "↑ (was 12)", "Rising"; "▼", "↓", "Falling"). */
function movement(trend: string | undefined): "up" | "down" | undefined {
  if (!trend) return undefined;
  if (/[↑▲⬆]|\bup\b|increas|ris(?:ing|en)|worse|higher|escalat/i.test(trend)) return "up";
  if (/[↓▼⬇]|\bdown\b|decreas|fall|improv|lower|reduc/i.test(trend)) return "down";
  return undefined;
}

/** Words about reading a table rather than what is in it ("which risks fall in the Amber band", "at the back"). */
const READING_A_TABLE = /^(?:fall|falls|fell|sit|sits|sitting|look|looking|back|front|end|page|summary|list|listed|shown|show|shows|appear|appears)$/;
/** Inverse document frequency from which a word is rare in the corpus (used in under ~5% of chunks). */
const RARE_IN_CORPUS = 3;
/** Lines of a table shown for one label that spans them. */
const MAX_GROUP_LINES = 8;
/** Fields on a line past which it is a form's whole submission, not a row to read out whole. */
const FORM_SUBMISSION_CELLS = 20;
/** "The whole programme budget": the total, whichever row shares its words ("Programme team"); only a total row. */
const WHOLE = /\b(?:whole|entire)\b/i;

/** Words asking for a sum or a count ("the total headcount"): how to read a table, not what about. */
const AGGREGATE_WORD = /^(?:total|totals|grand|overall|number|numbers|figure|figures|amount|count|headcount)$/;
/** Words of getting and giving ("how much is Newham getting"): how a figure is asked for, not which. */
const RECEIVING_WORD = /^(?:get|gets|getting|got|receiv\w*|given|giving|paid|allocated)$/;
/** A question about what someone was given: "how much did X get", "what was Y awarded?". */
const RECEIVED = /\b(?:get|gets|got|getting|receive[ds]?|receiving|awarded|given|granted)\b/i;
/** A column of what was given: "Award", "Grant awarded", "Allocation", "Agreed". */
const GIVEN_COLUMN = /\b(?:award\w*|grant\w*|allocat\w*|agreed|approved|paid|received)\b/i;
/** A column of what was asked for or what a thing costs: "Amount asked for", "Est. cost", "Bid". */
const ASKED_OR_COST_COLUMN = /\b(?:ask\w*|request\w*|bid|sought|cost\w*|estimat\w*|est\.?|budget)\b/i;
/** Share of the question a table's labels must say for a cell to answer a question not put as a lookup. */
const STRICT_LABEL_COVERAGE = 0.75;
const isNumeric = (v: string) => /^[£$]?[\d,.]+[%km]?$/i.test(v.trim());

/**
 * A value from a table. `strict` is for questions that did not ask for a figure in so many words: the
 * cell's labels must then say most of what the question says, its row label included.
 */
/** A cell's labels, text and paper title in lower case, made once per cell. */
const searchable = new WeakMap<CellRecord, string>();
function searchableText(c: CellRecord, ctx: LookupContext): string {
  let text = searchable.get(c);
  if (text === undefined) {
    text = `${c.table} ${c.rowLabel} ${c.column} ${c.value} ${ctx.docById.get(c.docId)?.meta.title ?? ""}`.toLowerCase();
    searchable.set(c, text);
  }
  return text;
}

/** Where a figure is: its table and its paper, once when the table is named after the paper. */
/** Rows found whole by their labels are listed a line each up to this many. */
const MAX_WHOLE_ROWS = 4;
const where = (table: string, title: string) => (table === title ? title : `${table}, ${title}`);

/**
 * Records of the board a question names, or of papers that name no board: another board's tables never
 * answer for it ("per the housing board report" is not answered from the regulatory board's budget).
 */
export function ofBoardAsked<T extends { docId: string }>(query: TypedQuery, ctx: LookupContext, records: T[]): T[] {
  if (!query.board) return records;
  const asked = new Set([query.board, ...query.boards]);
  return records.filter((r) => {
    const board = ctx.docById.get(r.docId)?.meta.board;
    return !board || asked.has(board) || [...asked].some((full) => initialsOfBoard(board, full));
  });
}

/**
 * A board named by the initials of the words before its kind, as its own papers may title it: "DSWR
 * Panel" is the "Dry Stone Walls and Ridges Panel".
 */
function initialsOfBoard(written: string, full: string): boolean {
  const m = /^([A-Z]{2,8})\s+(\S.*)$/.exec(written.trim());
  if (!m || !full.endsWith(` ${m[2]}`)) return false;
  const head = full.slice(0, full.length - m[2]!.length).trim();
  return head.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("") === m[1];
}

/**
 * "What happened with the Luton pilot?", "tell me about …": the story of a row, which no one cell tells.
 * ("What happened to fly-tipping at …?" asks how a figure changed: a row's cells answer that.)
 */
const ASKS_WHAT_HAPPENED = /\bwhat(?:'s| has| is)? happen(?:ed|ing) (?:with|about)\b|\bwhat(?:'s| is) (?:going on|the story|the latest|the news|the position|the update) (?:with|on|about|for)\b|\btell me about\b|\bany (?:news|update) (?:on|about)\b/i;

/** A table or column of thousands of pounds: "Revenue budget (£000)", "£000s", "£k". */
const THOUSANDS_OF_POUNDS = /\(\s*£\s?000s?\s*\)|£\s?000s?\b|\(\s*£k\s*\)/i;

/**
 * A figure of a table in thousands of pounds, with the sum it stands for: "48" of a "(£000)" table is
 * "48 (£48,000)"; "(15)" is "(15) (-£15,000)". Other cells as written.
 */
function inPounds(c: CellRecord): string {
  // (A table "in pounds" printed without separators, "175000", as R prints a data frame: £175,000.)
  if (/^\d{4,}$/.test(c.value.trim()) && /\bin pounds\b|\(£\)/i.test(`${c.table} ${c.column}`)) return `${c.value} (£${Number(c.value.trim()).toLocaleString("en-GB")})`;
  // (Whole pounds written with their pence, "£14,250.00", as a finance system exports them: £14,250.)
  const pence = /^([£$€]\d{1,3}(?:,\d{3})+)\.00$/.exec(c.value.trim());
  if (pence) return `${c.value.trim()} (${pence[1]})`;
  const m = /^(\()?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(\))?$/.exec(c.value.trim());
  if (!m || !!m[1] !== !!m[3] || !THOUSANDS_OF_POUNDS.test(`${c.table} ${c.column}`)) return c.value;
  const pounds = Math.round(Number(m[2]!.replace(/,/g, "")) * 1000);
  return `${c.value} (${m[1] ? "-" : ""}£${pounds.toLocaleString("en-GB")})`;
}

const ASKS_JOINING_DETAIL = /\bdial[- ]?in\b|\b(?:phone|telephone|mobile|contact) (?:number|no)\b|\bpin\b|\b(?:joining|join) (?:link|details|info)\b|\bteams link\b|\bzoom link\b/i;
const JOINING_COLUMN = /phone|\btel\b|mobile|dial|\bpin\b|link|e-?mail/i;

/** A survey's question as its table's title, "Q3 Does your council keep a stiles register?": the question's own words. */
const SURVEY_QUESTION_TITLE = /^(?:Q(?:uestion)?\s*\d{1,2}[.:)]?\s+)?(.{10,200}\?)$/i;
/** How much of the question a survey question's words must cover to be the one asked about. */
const SURVEY_QUESTION_COVERAGE = 0.8;

/**
 * A survey's yes-or-no question tabled by its answers ("Q3 Does your council keep a stiles register?" over
 * "Yes | 62.50% | 10" and "No | …"): "how many councils keep a stiles register?" is its Yes row.
 */
function yesRowOfQuestionAsked(words: string[], cells: CellRecord[], ctx: LookupContext): Finding | undefined {
  const titled = cells.filter((c) => /^yes\b/i.test(c.rowLabel.trim()) && SURVEY_QUESTION_TITLE.test(c.table.split(" > ").pop()!.trim()));
  const asked = titled.filter((c) => matchScore(words, c.table.split(" > ").pop()!, { equivalents: 0.7 }).fraction >= SURVEY_QUESTION_COVERAGE);
  const tables = new Set(asked.map((c) => `${c.docId}|${c.table}`));
  if (tables.size !== 1) return undefined;
  const row = asked.filter((c) => c.sourceStart === asked[0]!.sourceStart);
  const meta = ctx.docById.get(row[0]!.docId)!.meta;
  const finding = emptyFinding();
  // (The row as printed: a share may sit under no header of its own, "Yes | 62.50% | 10" under "Responses".)
  finding.lines.push(`"${row[0]!.table.split(" > ").pop()}" (${meta.title}): ${row[0]!.source}.`);
  finding.rows.push(...row);
  finding.evidence.push(cellSpan(row[0]!));
  return finding;
}

export function lookupTableValue(query: TypedQuery, ctx: LookupContext, opts: { strict?: boolean } = {}): Finding | undefined {
  if (ASKS_WHAT_HAPPENED.test(query.question)) return undefined;
  // (What a transaction listing paid one supplier, in rows it gives no total of.)
  const ledger = lookupLedgerNet(query, ctx);
  if (ledger) return ledger;
  // "How many officers have been on the webinars?": a measure's figures are cells too, though its row is a
  // target (rated, with a reference) rather than a row of a table of figures.
  const asksFigure = /\bhow (?:many|much)\b|\bwhat (?:%|per ?cent|percentage|proportion|number|figure)\b|\bnumber of\b/i.test(query.question);
  // (Only a measure whose own name says the question, "officers attending LGA webinars" for "how many
  // officers have been on the webinars": a measure of councils that reviewed a policy does not count schemes.
  // Nor a rate for "how many": "calls answered within two minutes, 79%" is not a number of calls.)
  const topic = topicWords(query.topic);
  const asksCount = /\bhow many\b/i.test(query.question);
  const measures = asksFigure
    ? targetFigureCells(ctx, query.periods).filter((c) => !(asksCount && /%$/.test(c.value)) && matchScore(topic, c.rowLabel, { equivalents: 0.7 }).fraction >= STRICT_LABEL_COVERAGE)
    : [];
  // (A dial-in number, a PIN or a link is asked of a meeting's joining details: only a table's column of
  // them gives one, not its figures.)
  const joining = ASKS_JOINING_DETAIL.test(query.question);
  const boardCells = ofBoardAsked(query, ctx, [...ctx.recordsOf("cell"), ...measures]).filter((c) => !joining || JOINING_COLUMN.test(c.column));
  // (A row named by its reference, "the award for ncf-06": that row's figures, not another row's that has
  // the question's word in it.)
  const refRows = query.refs.length ? boardCells.filter((c) => query.refs.some((r) => new RegExp(`^\\s*${r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w.-])`, "i").test(c.source))) : [];
  const cells = refRows.length ? refRows : boardCells;
  const docs = ctx.documents.filter((d) => cells.some((c) => c.docId === d.meta.docId));
  const scope = scopeByPeriods(docs, query.periods);
  const periods = effectivePeriods(query.periods);
  const months = [
    ...periods.filter((p) => p.kind === "month" || p.kind === "day").map((p) => p.iso!.slice(0, 7)),
    ...periods.filter((p) => p.kind === "quarter" && p.financialYear).map((p) => quarterEnd(p.financialYear!, p.quarter!)),
  ];
  // A month asked for may be a column of an earlier report's table; only refuse when no column has it.
  // (So may a year: "the 2024/25 actual" of a table with a column per year.)
  const years = periods.filter((p) => p.kind === "financial_year" && p.financialYear).map((p) => p.financialYear!);
  // (A calendar year names a column that is only that year, "2070" in a count by year.)
  const calendarYears = periods.filter((p) => p.kind === "year" && p.year).map((p) => String(p.year));
  const namesYear = (column: string) => years.some((y) => financialYearForms(y).some((form) => column.includes(form))) || calendarYears.includes(column.trim());
  // (Only a row with a column per year, several years, is read by year: "Target 18/19" beside monthly
  // figures names one column, not the row's years.)
  const yearsOfRow = new Map<string, Set<string>>();
  for (const c of cells) {
    // (Or a column that is only a year, a pivot's column field: "2061 | 2062 | 2063".)
    const y = /\b(20\d\d\/\d\d|\d\d\/\d\d)\b/.exec(c.column)?.[1] ?? /^\s*((?:19|20)\d\d)\s*$/.exec(c.column)?.[1];
    if (!y) continue;
    const key = `${c.docId}|${c.table}|${c.rowLabel}`;
    yearsOfRow.set(key, (yearsOfRow.get(key) ?? new Set()).add(y));
  }
  const byYear = (c: CellRecord) => (yearsOfRow.get(`${c.docId}|${c.table}|${c.rowLabel}`)?.size ?? 0) >= 2 && namesYear(c.column);
  // (A quarter asked for may name a column of a later paper's table: "the q3 forecast" of an outturn report
  // with a "Q3 forecast" column.)
  const quarters = periods.filter((p) => p.kind === "quarter" && p.quarter).map((p) => p.quarter!);
  const namesQuarter = (column: string) => quarters.some((q) => new RegExp(`\\b(?:q|quarter\\s*)${q}\\b`, "i").test(column));
  const rowOfPeriod = (label: string) => (quarters.length > 0 || years.length > 0) && (quarters.length === 0 || namesQuarter(label)) && (years.length === 0 || years.some((y) => financialYearForms(y).some((form) => label.includes(form))));
  const monthColumns = cells.filter((c) => months.includes(columnMonth(c.column) ?? "") || byYear(c) || namesQuarter(c.column));
  if (scope.matched.length === 0 && scope.unmatched.length > 0 && monthColumns.length === 0) {
    // ("The Q2 figure" of a target table with a column per quarter.)
    const byColumn = targetColumnValue(query, ctx, scope.unmatched.map((p) => p.label));
    if (byColumn) return byColumn;
    // Other papers of that period may still say it in words: only refuse when no paper covers the period.
    if (scopeByPeriods(ctx.documents, query.periods, { lenient: true }).matched.length > 0) return undefined;
    return { ...emptyFinding(), notFound: `I have no figures for ${scope.unmatched.map((p) => p.label).join(" or ")}. The reports and papers I hold cover ${listPeriods(ctx.documents)}.` };
  }
  // (A year's columns bring in those cells only, not their paper's other tables.)
  const yearCells = new Set(monthColumns.filter((c) => !columnMonth(c.column)));
  const inScope = new Set([...scope.docs.map((d) => d.meta.docId), ...monthColumns.filter((c) => !yearCells.has(c)).map((c) => c.docId)]);
  const words = topicWords(query.topic);
  if (words.length === 0) return undefined;
  const yes = asksCount ? yesRowOfQuestionAsked(words, cells.filter((c) => inScope.has(c.docId)), ctx) : undefined;
  if (yes) return yes;
  // The question's most telling words ("cyber"; "LRF" and "Manchester") must be among a cell's labels.
  const byWeight = ctx.weight ? words.filter((w) => !AGGREGATE_WORD.test(w) && !RECEIVING_WORD.test(w)).sort((a, b) => ctx.weight!(b) - ctx.weight!(a)) : [];
  const telling = byWeight.slice(0, words.length >= 4 ? 2 : 1);
  // (The words the papers use at all: what a row named by its reference must be about.)
  const saying = ctx.weight ? words.filter((w) => ctx.weight!(w) > 0) : words;
  // ("How much has the fund paid out so far?": the total row, not each row's payment.)
  // ("How much has the group spent this year, up to the end of December?": the year's total so far.)
  const wantsTotal = /\btotal\b|\bhow many\b|\bheadcount\b|\ball\b|\bso far\b|\bin all\b|\baltogether\b|\boverall\b|\bwhole\b|\bentire\b|\bto date\b|\bytd\b|\bthis (?:year|yr)\b|\bup to (?:the )?end\b/i.test(query.question);
  // (Only "so far" or "this year" says when, not that a total is asked: "how much of the fund budget has been
  // spent so far?" is the row of the fund, which the question names, rather than the table's total.)
  const totalOnlyByTime = wantsTotal && !/\btotal\b|\bhow many\b|\bheadcount\b|\ball\b|\bin all\b|\baltogether\b|\boverall\b|\bwhole\b|\bentire\b/i.test(query.question);
  const wantsLatest = periods.length === 0 || periods.some((p) => p.kind === "latest") || /\blatest\b|\bmost recent\b|\bcurrent\b/i.test(query.question);
  // "How did staffing change from Dec-17 to Mar-19?": a row across its columns, not one cell.
  const wantsTrend = /\bchang|\btrend|\bover time|\bfrom\b.+\bto\b|\bbetween\b.+\band\b|\b(?:rise|rose|fall|fell|grow|grew)\b|\bcompar|\ba year (?:before|earlier|ago)\b|\bprevious (?:quarter|year)\b|\blast year\b/i.test(query.question);

  // A label quoted in the question ("'other' members") is meant exactly.
  const quoted = [...query.question.matchAll(/['‘"“]([^'’"”]{2,40})['’"”]/g)].map((m) => m[1]!.toLowerCase().trim());
  // (So is a row labelled by the reference the question names: "PPR-02-A1".)
  const quotedRow = (c: CellRecord) => quoted.includes(c.rowLabel.toLowerCase()) || query.refs.includes(c.rowLabel.trim().toUpperCase()) || ofBand.includes(c);
  const held = cells.filter((c) => inScope.has(c.docId) || yearCells.has(c));
  // (A band the question names by its figures, "12-17 year olds", is the row labelled with them, "12 to 17".)
  const band = bandOf(askedTextOf(query.question));
  const ofBand = band ? held.filter((c) => bandOf(c.rowLabel) === band) : [];
  const rowKey = (c: CellRecord) => `${c.docId}|${c.table}|${c.rowLabel}`;
  // (A figure counted up to a day, "PCNs to 28 Feb 2031", is that month's too: not March's.)
  const periodMonth = (column: string) => columnMonth(column) ?? upToMonth(column);
  const monthRows = new Set(held.filter((c) => periodMonth(c.column)).map(rowKey));
  const asked = new Set(contentWords(query.question));
  // (The question without its periods: "Q2 2058" names no band.)
  const askedText = periods.reduce((text, p) => text.replace(p.label, " "), query.question);
  // With a month asked for, a row's other columns ("Target 18/19") are not its value for that month
  // unless the question names them.
  const forMonth = (c: CellRecord) =>
    periodMonth(c.column) ? months.includes(periodMonth(c.column)!) : !monthRows.has(rowKey(c)) || contentWords(c.column).some((w) => /^[a-z]{3,}$/.test(w) && asked.has(w));
  // A trend or comparison reads a row across its period columns, not only the one named.
  // A row with a column per year, one of them asked for: that year's columns.
  const yearRows = new Set(held.filter(byYear).map(rowKey));
  const inPlay = held.filter((c) => (months.length === 0 || forMonth(c) || (wantsTrend && columnMonth(c.column))) && (!yearRows.has(rowKey(c)) || namesYear(c.column) || wantsTrend));
  const tableColumns = new Map<string, Set<string>>();
  // (Asked once per cell: ranking filters by it and then scores by it.)
  const namedCells = new Map<CellRecord, boolean>();
  // (The words of rows labelled only by a code, gathered once when first asked for: see `rowNames`.)
  let namesOfRows: Map<string, string[]> | undefined;
  // (The column names of each row: see `columnsOfRow`.)
  let rowColumnNames: Map<string, string> | undefined;
  // (The names in the other cells of rows labelled by a name: see `rowWords`.)
  const wordsOfRows = new Map<string, string>();
  // (Each document's opening line: see `openingLine`.)
  const openingLines = new Map<string, string>();
  // Only cells whose labels or text hold the start of one of the question's telling words (its three
  // rarest) can match it well enough: the weighted, misspelling-tolerant match costs too much to run on
  // every cell of a large archive. (Words meaning the same count too: "staff" finds "Headcount".)
  const rarest = ctx.weight ? words.filter((w) => !RECEIVING_WORD.test(w)).sort((a, b) => ctx.weight!(b) - ctx.weight!(a)).slice(0, 3) : words;
  const starts = [...new Set([...rarest, ...rarest.flatMap((w) => EQUIVALENTS[equivalenceGroup(w) ?? -1] ?? [])].map((w) => w.slice(0, 4).toLowerCase()))];
  const mayMatch = (c: CellRecord) => starts.some((p) => searchableText(c, ctx).includes(p));
  // A month named without a year ("in nov"; not the verb "may"): not a period of the papers, but a
  // column of a month-by-month table.
  const askedMonth = months.length ? undefined : [...query.question.matchAll(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi)]
    .filter((m) => MONTH_WORD.test(m[0]) && !/^may$/.test(m[0]))
    .map((m) => m[1]!.toLowerCase())[0];
  // "How many responses …?": the thing counted is what the cell's table, row or column counts.
  const countedPair = /\bhow many\s+([a-z]{3,})\b(?:\s+([a-z]{3,}))?/i.exec(query.question);
  const counted = countedPair?.[1]?.toLowerCase();
  // (A unit after what it measures is the thing counted: "how many ranger hours" counts hours, so a row
  // named for its rangers counts them only under a column that says so.)
  const head = countedPair?.[2] && COUNT_UNIT.test(countedPair[2]) ? countedPair[2].toLowerCase() : counted;
  const saysCounted = (text: string, word: string) => {
    const group = equivalenceGroup(word);
    return contentWords(text).some((w) => stem(w) === stem(word) || (group !== undefined && equivalenceGroup(w) === group));
  };
  const countsIt = (c: CellRecord) =>
    !counted ||
    /^(?:of|more|people|times)$/.test(counted) ||
    saysCounted(`${c.table} ${c.column} ${c.value}`, counted) ||
    saysCounted(`${c.table} ${c.rowLabel} ${c.column} ${c.value}`, head!);
  // "What's the budget for 26/27?": money asked for is a cell of money, or of a money column.
  const asksMoney = /\bbudget|\bcosts?\b|\bspend|\bspent\b|£/i.test(query.question);
  const isMoney = (c: CellRecord) => /[£$€]|\b(?:k|m|bn|million|billion)\b/i.test(c.value) || /budget|spend|spent|cost|forecast|outturn|allocation|variance|amount|£/i.test(`${c.column} ${c.table}`);
  // ("How many delegates came?" is a number: not the words of a row that names delegates, "programmes and
  // delegate badges", its supplier and its cost centre.)
  // (Or a count a statistics table withholds by its shorthand, "[c]" for fewer than 5.)
  const mayCount = (c: CellRecord) => (/^\W{0,3}(?:about |around |over |c\.\s*)?\d/i.test(c.value) || /^\[[a-z]{1,2}\]$/.test(c.value.trim())) && !/^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$/.test(c.value) && !/\b(?:id|code|ref(?:erence)?|date)\b|\bnumber\s*$|^\s*body\s*$/i.test(c.column);
  const rankedAll = rank(inPlay).filter((x) => countsIt(x.c) && (!asksMoney || isMoney(x.c)) && (!asksCount || mayCount(x.c)));
  // ("How many officers …?" counts people, not pounds: a budget line that shares the words gives way.)
  const notMoney = asksCount && !asksMoney ? rankedAll.filter((x) => !isMoney(x.c)) : [];
  // (Nor, when every cell found is pounds by its own value or column, is any of them a count: the papers
  // give no such number here. A table of ballots titled with a budget still counts ballots.)
  const poundsByColumn = (c: CellRecord) => /[£$€]/.test(c.value) || /budget|spend|spent|cost|forecast|outturn|variance|amount|£/i.test(c.column);
  const ranked = notMoney.length ? notMoney : asksCount && !asksMoney && rankedAll.every((x) => poundsByColumn(x.c)) ? [] : rankedAll;
  // ("… by end of sept": a row with a September column answers, not a row of yearly figures.)
  const ofAskedMonth = askedMonth ? ranked.filter((x) => monthNameOf(x.c.column) === askedMonth) : [];
  const monthNamed = ofAskedMonth.length ? ofAskedMonth : ranked;
  // ("How much did Merrowfield actually get?": what it was given, an award's column, not the cost of the
  // work or the sum it asked for, when a row of both is found.)
  const given = RECEIVED.test(query.question) ? monthNamed.filter((x) => GIVEN_COLUMN.test(x.c.column) && !ASKED_OR_COST_COLUMN.test(x.c.column)) : [];
  const named = given.length ? given : monthNamed;
  // ("How much has actually been paid out so far?": a row with a column of what was paid or spent, not
  // the awards agreed or the budget alone.)
  const paidInRow = (c: CellRecord) => PAID_OUT.test(c.rowLabel) || held.some((x) => x.docId === c.docId && x.sourceStart === c.sourceStart && PAID_OUT_COLUMN.test(fieldNameWords(x.column)));
  // (Nor is a row that leaves out what is asked about, "WS1 Plant and energy (excluding the Fund)", the fund's.)
  const candidates = (ASKS_PAID_SO_FAR.test(query.question) ? named.filter((x) => paidInRow(x.c)) : named).filter((x) => !leavesOut(x.c.rowLabel, words));
  if (candidates.length === 0 && months.length) {
    // The row is there, but not the month: say what the row does hold.
    const rowHit = rank(held)[0];
    if (rowHit) {
      const row = held.filter((c) => rowKey(c) === rowKey(rowHit.c));
      const meta = ctx.docById.get(rowHit.c.docId)!.meta;
      const asks = periods.filter((p) => p.kind === "month" || p.kind === "day").map((p) => p.label).join(" or ");
      return { ...emptyFinding(), notFound: `"${rowHit.c.rowLabel}" (${where(rowHit.c.table, meta.title)}) has no figure for ${asks}: the table gives ${row.map((c) => `${c.column} ${c.value}`).join(", ")}.` };
    }
  }
  return candidates.length ? withShorthandSaid(answerFrom(candidates), ctx) : elsewhere(query, ctx, cells.filter(mayMatch), inScope, words);

  // "When is the youth guarantee evaluation coming to the board, and who's the officer?": a row found by
  // the text of one of its cells (a forward plan's item), asked for its others (the date, the officer).
  function namedByValue(c: CellRecord): boolean {
    let named = namedCells.get(c);
    if (named === undefined) namedCells.set(c, (named = cellNamesRow(c)));
    return named;
  }

  function cellNamesRow(c: CellRecord): boolean {
    const asksRowPart = /\bwhen\b|\bwhat date\b|\bwhich (?:meeting|date|month)\b|\bofficer\b|\bwho(?:'s| is| was)? (?:the )?(?:lead|owner|responsible)\b/i.test(query.question);
    if (!asksRowPart || isNumeric(c.value) || c.value.length > 160) return false;
    // The words naming the row, not the columns asked for ("… decision, and is it exempt?" of a table
    // with "Date of decision" and "Exempt" columns).
    const columns = columnWordsOf(c);
    const naming = words.filter((w) => !columns.has(stem(w)));
    // (A name-like cell, mostly the question's words: not a paragraph of minutes that happens to hold them.)
    return (
      naming.length > 0 &&
      matchScore(naming, c.value, { equivalents: 0.7, ...(ctx.weight ? { weight: ctx.weight } : {}) }).fraction >= STRICT_LABEL_COVERAGE &&
      matchScore(topicWords(c.value), query.topic).fraction >= 0.4
    );
  }

  /** The stems of a table's column labels. */
  function columnWordsOf(c: CellRecord): Set<string> {
    const key = `${c.docId}|${c.table}`;
    let columns = tableColumns.get(key);
    if (!columns) {
      columns = new Set(held.filter((x) => x.docId === c.docId && x.table === c.table).flatMap((x) => contentWords(x.column).map(stem)));
      tableColumns.set(key, columns);
    }
    return columns;
  }

  /** The short words of a row's cells ("Staffing (2.6 FTE)"), when its label is only a code. */
  function rowNames(c: CellRecord): string {
    return rowNameList(c).join(" ");
  }

  /**
   * The other words of a figure's row, in the row's own line: "Whitley Wood: 26 restored plots" beside
   * "Reading Borough Council | … | 15,200", a cell no record was made of: a question naming them picks the
   * row by them.
   */
  function rowWords(c: CellRecord): string {
    if (REF_LIKE.test(c.rowLabel) || !isNumeric(c.value) || !c.source.includes(" | ")) return "";
    // (Read once a row: every figure of the row asks.)
    const key = `${c.docId}|${c.sourceStart}|${c.rowLabel}`;
    let names = wordsOfRows.get(key);
    if (names === undefined) {
      // (Its names only, "Whitley Wood": a project's common words, "paths", "repairs", would match any question.)
      const others = c.source.split(" | ").filter((x) => x.trim() !== c.rowLabel && !isNumeric(x.trim()) && x.length <= 80);
      names = others.flatMap((x) => x.match(/\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})*/g) ?? []).join(" ");
      wordsOfRows.set(key, names);
    }
    return names;
  }

  function rowNameList(c: CellRecord): string[] {
    if (!REF_LIKE.test(c.rowLabel)) return [];
    // (Gathered once, a row at a time: an archive has many cells.)
    if (!namesOfRows) {
      namesOfRows = new Map();
      for (const x of cells) {
        if (!REF_LIKE.test(x.rowLabel) || isNumeric(x.value) || x.value.length > 60) continue;
        const key = `${x.docId}|${x.sourceStart}|${x.rowLabel}`;
        namesOfRows.set(key, [...(namesOfRows.get(key) ?? []), x.value]);
      }
    }
    return namesOfRows.get(`${c.docId}|${c.sourceStart}|${c.rowLabel}`) ?? [];
  }

  /**
   * What a row labelled by its reference is, from its reference column's header: "bid" of "Bid ref" over
   * "PPRF1-03" ("what did Ferrisby's bid score?").
   */
  function refNoun(c: CellRecord): string {
    if (!REF_LIKE.test(c.rowLabel) || c.headerStart === undefined || !ctx.textOf) return "";
    const text = ctx.textOf(c.docId) ?? "";
    const lineEnd = text.indexOf("\n", c.headerStart);
    const first = text.slice(c.headerStart, lineEnd < 0 ? undefined : lineEnd).split(" | ")[0] ?? "";
    return /\b(?:ref|reference|id|no\.?|number|code)$/i.test(first.trim()) && first.length <= 30 ? first.replace(/\b(?:ref|reference|id|no\.?|number|code)$/i, "").trim() : "";
  }

  /**
   * Whether the question names, by its own label, a row of a total's table other than the total. (Not by a
   * word the table's or the document's title uses too: "the programme budget" of a programme's report.)
   */
  function rowOfTableNamed(total: CellRecord): boolean {
    const titled = new Set(contentWords(`${total.table} ${ctx.docById.get(total.docId)?.meta.title ?? ""}`).map(stem));
    const naming = words.filter((w) => !titled.has(stem(w)));
    return held.some((x) => x.docId === total.docId && x.table === total.table && !/\btotal\b/i.test(x.rowLabel) && matchScore(naming, x.rowLabel).score >= 1);
  }

  /** The column names of a cell's row, gathered once per row. */
  function columnsOfRow(c: CellRecord): string {
    if (!rowColumnNames) {
      rowColumnNames = new Map();
      for (const x of held) rowColumnNames.set(`${x.docId}|${x.sourceStart}`, `${rowColumnNames.get(`${x.docId}|${x.sourceStart}`) ?? ""} ${x.column}`);
    }
    return rowColumnNames.get(`${c.docId}|${c.sourceStart}`) ?? "";
  }

  // ("What did the chair decide …?": a record's "Decision" row is what was decided, whatever its words.)
  // (Of a record about what the question is about: its other words among the record's table, value or paper.)
  function decisionRow(c: CellRecord): boolean {
    if (!ASKS_DECISION.test(query.question) || labelField(c.rowLabel) !== "decision") return false;
    const about = words.filter((w) => !/^(?:decid|agree|resolv)/i.test(w));
    return about.length === 0 || matchScore(about, `${c.table} ${c.value} ${ctx.docById.get(c.docId)?.meta.title ?? ""}`, { equivalents: 0.7 }).score > 0;
  }

  // (Read once per document: every cell of a total row asks.)
  function openingLine(docId: string): string {
    let line = openingLines.get(docId);
    if (line === undefined) {
      const first = /^\s*(.*)/.exec(ctx.textOf?.(docId) ?? "")?.[1] ?? "";
      line = first.length <= 160 ? first.replace(/^#+\s*/, "") : "";
      openingLines.set(docId, line);
    }
    return line;
  }

  function rank(pool: CellRecord[]) {
    const byQuote = pool.filter(quotedRow);
    // "Response time in nov?": a month named without its year picks the column of that month's name.
    const inAskedMonth = (c: CellRecord) => askedMonth !== undefined && monthNameOf(c.column) === askedMonth;
    return (byQuote.length ? byQuote : pool.filter(mayMatch))
      .filter(
        (c) =>
          byQuote.length > 0 ||
          !opts.strict ||
          matchScore(words, c.rowLabel, { equivalents: 0.7 }).score >= 1 ||
          // (A row under a group's label carried down to it, "South West" over "Cheltenham Promenade BID",
          // is named by its own cells' names.)
          (isNumeric(c.value) && !c.source.includes(c.rowLabel) && matchScore(words, rowWords(c), { equivalents: 0.7 }).score >= 1) ||
          (bandFit(askedText, c.rowLabel) > 0 && matchScore(words, percentWords(`${c.table} ${c.column}`), { equivalents: 0.7 }).fraction >= 0.5) ||
          namedByValue(c) ||
          decisionRow(c) ||
          (wantsTrend && matchScore(words, c.table, { equivalents: 0.7 }).fraction >= 0.5),
      )
      .map((c) => {
        // A single paper's title names its tables too ("… budget and risk register 2020/21").
        const meta = ctx.docById.get(c.docId)?.meta;
        // (So does a paper's or a report's on one subject: "allocations from the … Fund".)
        // (Not when the question asks about the paper itself, "the asks in the rural services paper": its title
        // then names the paper, not a row of its tables.)
        // (A total row totals what the document is of: "the whole programme budget" of a programme's dashboard.)
        // (And its opening line, which may say it more fully than its file's title: "Warm Streets Retrofit
        // Programme – revenue budget 2371/72" over a workbook titled "CERTG budget and risks P7".)
        const totalRow = wantsTotal && /\btotal\b/i.test(c.rowLabel);
        const paperTitle = (meta?.kind === "board paper" || meta?.kind === "report" || totalRow) && query.intent !== "paper" ? ` ${meta?.title ?? ""}${totalRow ? ` ${openingLine(c.docId)}` : ""}` : "";
        // (A row labelled by its code, "PTB1", is named by its other words too: "Staffing (2.6 FTE)".)
        // (A field name is read as its words: "budget_cost" names a budget.)
        const labelText = percentWords(`${c.table} ${c.rowLabel} ${fieldNameWords(c.column)}${isNumeric(c.value) ? ` ${rowNames(c)} ${rowWords(c)}` : ` ${c.value}`}${paperTitle} ${refNoun(c)}`);
        // Weighted: the question's rarest words ("cyber", "BAME") must be among the labels, not only common ones.
        let m = matchScore(words, labelText, { equivalents: 0.7, ...(ctx.weight ? { weight: ctx.weight } : {}) });
        // (A figure's column may be named only in part, "Variance" for "forecast variance": the row's other
        // columns, "Forecast outturn", say the rest, at half weight.)
        if (m.fraction < 0.5 && m.score > 0) {
          const withRow = matchScore(words, `${labelText} ${columnsOfRow(c)}`, { equivalents: 0.7, ...(ctx.weight ? { weight: ctx.weight } : {}) });
          if (withRow.fraction >= 0.5) m = { ...m, fraction: (m.fraction + withRow.fraction) / 2 >= 0.5 ? (m.fraction + withRow.fraction) / 2 : m.fraction };
        }
        const total = wantsTotal && /\btotal\b/i.test(c.rowLabel) && !(totalOnlyByTime && rowOfTableNamed(c)) ? 0.5 : 0;
        // A row label with words the question does not use is a worse fit ("English Councils" beats
        // "No of English councils out of membership").
        const extra = matchScore(topicWords(c.rowLabel), query.topic).fraction;
        // (A cell naming its row covers the question's naming words; the rest name the columns asked for.)
        const named = namedByValue(c);
        const month = inAskedMonth(c);
        const fraction = month ? Math.min(1, m.fraction + 1 / Math.max(1, words.length)) : m.fraction;
        // (A column of the year asked for, "2024/25" for "24/25", is that year's figure; so is a row of a
        // tidy table labelled by the quarter or year asked, "Kestleford City Council, 2191/92 Q2".)
        const ofYear = byYear(c) || rowOfPeriod(c.rowLabel) ? 1 : 0;
        // (A label naming who did it, "Decided by", "Approved by", answers "who?", not "what was decided?".)
        const agentLabel = /\s(?:by|with)\s*:?\s*$/i.test(c.rowLabel) && !/\bwho(?:m|se)?\b/i.test(query.question) ? 0.5 : 0;
        return {
          c,
          score: m.score + total + 0.3 * extra + (month ? 1 : 0) + ofYear + bandFit(askedText, c.rowLabel) - agentLabel,
          fraction: named || decisionRow(c) ? Math.max(fraction, STRICT_LABEL_COVERAGE) : fraction,
          named,
          // (The row's other columns say what its figures are: "forecast variance" is the Variance of a
          // table whose figures are forecast, "Forecast outturn" beside it.)
          // (A column of money gone out, "work_cost", says "spent" though its name does not.)
          said: percentWords(`${c.table} ${c.rowLabel} ${fieldNameWords(c.column)} ${c.value} ${rowNames(c)} ${rowWords(c)}${paperTitle} ${columnsOfRow(c)}${PAID_OUT_COLUMN.test(fieldNameWords(c.column)) ? " spent" : ""}`),
        };
      })
      .filter((x) => byQuote.length > 0 || x.fraction >= (opts.strict && !wantsTrend ? STRICT_LABEL_COVERAGE : 0.5))
      .filter((x) => byQuote.length > 0 || x.named || decisionRow(x.c) || telling.every((w) => matchScore([w], x.said, { equivalents: 0.7 }).score > 0))
      // (A row named by its reference answers only what its cells are about: "has the DPIA for the S15
      // cameras been signed?" is not answered by S15's row of a sites table, none of whose cells says DPIA.)
      .filter((x) => !byQuote.length || !opts.strict || quoted.length > 0 || saying.length === 0 || saying.filter((w) => matchScore([w], x.said, { equivalents: 0.7 }).score > 0).length * 2 >= saying.length)
      .filter((x, _, all) => !WHOLE.test(query.question) || /\btotal\b/i.test(x.c.rowLabel) || !all.some((y) => /\btotal\b/i.test(y.c.rowLabel)))
      .sort((a, b) => b.score - a.score)
      // ("What did the chair decide …?": of the record found, its "Decision", though its "Reason for urgency"
      // shares more of the question's words.)
      .filter((x, _, all) => !ASKS_DECISION.test(query.question) || labelField(x.c.rowLabel) === "decision" || !all.some((y) => labelField(y.c.rowLabel) === "decision" && y.c.docId === all[0]!.c.docId && y.c.table === all[0]!.c.table));
  }

  function answerFrom(candidates: { c: CellRecord; score: number; fraction: number }[]): Finding | undefined {
    // "How many bids came in?" is answered by a row with a figure whose labels or cells say what it counts,
    // not by a table whose title alone shares the question's words ("Region: North East"). (Or a total
    // row, or a column named by the period asked, "Mar-19".)
    if (/\bhow (?:many|much)\b/i.test(query.question) && !wantsTrend) {
      const rowOf = (c: CellRecord) => held.filter((x) => x.docId === c.docId && x.sourceStart === c.sourceStart);
      const periodColumn = (c: CellRecord) => query.periods.some((p) => p.label.length >= 3 && c.column.toLowerCase().includes(p.label.toLowerCase()));
      const counts = (c: CellRecord) => {
        const row = rowOf(c);
        return row.some((x) => /\d/.test(x.value)) && (/\btotal\b/i.test(c.rowLabel) || row.some((x) => periodColumn(x) || matchScore(words, `${x.rowLabel} ${x.column} ${/\d/.test(x.value) ? "" : x.value}`, { equivalents: 0.7 }).score > 0));
      };
      if (!candidates.some((x) => counts(x.c))) return undefined;
    }
    const best = Math.max(...candidates.map((x) => x.score));
    if (wantsTrend) return trendOf(candidates.filter((x) => x.score >= best - 0.51), query, ctx);
    let top = candidates.filter((x) => x.score >= best - 0.01).map((x) => x.c);
    const peak = top[0] ? peakPeriod(query.question, top[0], held, ctx) : undefined;
    if (peak) return peak;
    // Among months of one row, the latest unless a month was asked for.
    if (wantsLatest) {
      const latest = top.map((c) => columnMonth(c.column)).filter((m): m is string => !!m).sort().pop();
      if (latest) top = top.filter((c) => !columnMonth(c.column) || columnMonth(c.column) === latest);
    }
    // "… and the overall total": the table's total row for the same column as well.
    const first = top[0];
    if (first && /\b(?:overall|grand) total\b|\band (?:what(?:'s| is| was) )?(?:the )?total\b|\bin total\b|\btotal (?:headcount|staff|number)\b/i.test(query.question) && !/\btotal\b/i.test(first.rowLabel)) {
      const totals = held.filter((c) => c.docId === first.docId && c.table === first.table && c.column === first.column && /\btotal\b/i.test(c.rowLabel));
      top = [...top, ...totals.slice(-1)];
    }
    // The same figure repeated in several tables is said once.
    const seen = new Set<string>();
    top = top.filter((c) => {
      const key = `${c.rowLabel}|${c.column}|${c.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // (A figure a sheet printed as hashes, "##########", too wide for its column, is not in the table: the
    // question is left to the papers that give it.)
    const hidden = (c: CellRecord) => /^#{3,}$/.test(c.value.trim());
    if (top.some((c) => hidden(c) && matchScore(words, c.column).score > 0) || (top.length && top.every(hidden))) return undefined;
    const finding = emptyFinding();
    const coverage = candidates[0]!.fraction;
    // (A measure's figures, read from a target's row, give way to a passage that says more of the question:
    // the row is a measure's progress, the passage may give the count itself.)
    // (A row named by the band the question gives, "12 to 17" for "12-17 year olds", is named exactly.)
    if (!opts.strict && coverage < STRICT_LABEL_COVERAGE && !top.every((c) => ofBand.includes(c))) finding.labelCoverage = coverage;
    else if (top.some((c) => fromTarget.has(c))) {
      finding.labelCoverage = TARGET_FIGURE_COVERAGE;
      finding.measureFigures = true;
    }
    // A label spanning several lines of the table ("Homes for NHS Staff Pilot" over five boroughs): each
    // line whole, one per line of the answer.
    const lead = top[0]!;
    const group = held.filter((c) => c.docId === lead.docId && c.table === lead.table && c.rowLabel === lead.rowLabel);
    const allLines = [...new Set(group.map((c) => c.sourceStart))];
    // Lines the question picks out by a word few of them use ("Poulton", of Blackpool Council's three lines;
    // not "London", which most of the pilot's lines use; of two items on one meeting date, the one named).
    const lineText = (start: number) => group.filter((c) => c.sourceStart === start).map((c) => c.value).join(" ");
    const distinctive = words.filter((w) => {
      const n = allLines.filter((start) => matchScore([w], lineText(start)).score > 0).length;
      return n > 0 && n < allLines.length && n * 3 <= Math.max(allLines.length, 3);
    });
    const picked = allLines.filter((start) => distinctive.some((w) => matchScore([w], lineText(start)).score > 0));
    // A form's record (a line per field: "Title:", "Date of decision:", "Lead officer:") is one row: every
    // field is read, not the lines that repeat the question's words.
    const form = allLines.length >= 3 && group.length === allLines.length && new Set(group.map((c) => c.column)).size === group.length;
    const lines = picked.length && !form ? picked : allLines;
    if (allLines.length >= 2 && !group.some((c) => columnMonth(c.column))) {
      const meta = ctx.docById.get(lead.docId)!.meta;
      finding.lines.push(`${lead.rowLabel} (${where(lead.table, meta.title)})${lines.length > 1 ? `, ${lines.length} lines` : ""}:`);
      for (const start of lines.slice(0, MAX_GROUP_LINES)) {
        const row = group.filter((c) => c.sourceStart === start);
        // (A line too wide to read, a form's submission of forty fields, shows the fields the question asks for.)
        const askedFields = row.filter((c) => matchScore(words, c.column).score > 0);
        const shown = row.length > FORM_SUBMISSION_CELLS && askedFields.length ? askedFields : row;
        finding.lines.push(`• ${shown.map((c) => `${c.column}: ${withThousands(c.value)}`).join("; ")}`);
        finding.rows.push(...row);
        finding.evidence.push(spanOf(row[0]!));
      }
      return finding;
    }
    const rowOf = (c: CellRecord) => held.filter((x) => x.docId === c.docId && x.sourceStart === c.sourceStart && x.rowLabel === c.rowLabel);
    // A row of a few figures ("Forecast | Budget | Variance | Notes") is read whole: the one asked for
    // means little without the others ("over or under budget?"). Several of its cells matching alike are
    // that row too, read once.
    // (A row found by the name in one of its cells, "Dorset Council" in a row labelled "CPA2-09", is read
    // whole as well: what is asked of it, "what did Dorset score?", is in another of its cells.)
    const namesItsRow = (c: CellRecord) => !isNumeric(c.value) && c.value !== c.rowLabel && matchScore(telling, c.value).score > 0 && !telling.some((w) => matchScore([w], `${c.rowLabel} ${c.column}`).score > 0);
    const readWhole = (row: CellRecord[], found: CellRecord) => row.length >= 2 && row.length <= (namesItsRow(found) ? MAX_NAMED_ROW_CELLS : MAX_ROW_CELLS) && !row.some((x) => columnMonth(x.column));
    // (So is a wider row all of whose cells the question's words fit alike, found by its label alone: a
    // payment's line of a ledger, once, not a line per field.)
    const sameRow = top.every((c) => c.docId === top[0]!.docId && c.sourceStart === top[0]!.sourceStart && c.rowLabel === top[0]!.rowLabel);
    const oneRow = sameRow && (readWhole(rowOf(top[0]!), top[0]!) || (top.length >= 3 && !rowOf(top[0]!).some((x) => columnMonth(x.column))));
    // (Two to four such rows, each found whole by its label, "the payments for the summit": a line each.)
    const rowsOfTop = [...new Map(top.map((c) => [`${c.docId}|${c.sourceStart}|${c.rowLabel}`, c])).values()];
    if (!oneRow && rowsOfTop.length >= 2 && rowsOfTop.length <= MAX_WHOLE_ROWS && top.length >= 2 * rowsOfTop.length && rowsOfTop.every((c) => !rowOf(c).some((x) => columnMonth(x.column)))) {
      for (const c of rowsOfTop) {
        const meta = ctx.docById.get(c.docId)!.meta;
        const row = rowOf(c);
        finding.lines.push(`• ${c.rowLabel} (${where(c.table, meta.title)}): ${row.map((x) => `${x.column} ${inPounds(x)}`).join("; ")}.`);
        finding.rows.push(...row);
        finding.evidence.push(cellSpan(c));
      }
      return finding;
    }
    // "How much …": a figure of the row before its words.
    if (oneRow && /\bhow (?:much|many)\b/i.test(query.question)) top.sort((a, b) => Number(isNumeric(b.value.replace(/^[+-]/, ""))) - Number(isNumeric(a.value.replace(/^[+-]/, ""))));
    for (const c of oneRow ? top.slice(0, 1) : top.slice(0, 4)) {
      const meta = ctx.docById.get(c.docId)!.meta;
      const row = rowOf(c);
      if (oneRow) {
        const ordered = [c, ...row.filter((x) => x !== c)];
        finding.lines.push(`${c.rowLabel} (${where(c.table, meta.title)}): ${ordered.map((x) => `${x.column} ${inPounds(x)}`).join("; ")}.`);
        finding.rows.push(...ordered);
        finding.evidence.push(cellSpan(c));
        continue;
      }
      // (A row labelled by a code is named by its words too: "FB-04 (Oldham Council, Saddleworth Moor)".)
      const names = rowNameList(c).slice(0, 2).join(", ");
      finding.lines.push(`${c.rowLabel}${names ? ` (${names})` : ""}${c.column && c.column !== "value" && !/^what |delivered/i.test(c.column) ? `, ${c.column}` : ""}: ${inPounds(c)} (${where(c.table, meta.title)}).`);
      finding.rows.push(c);
      finding.evidence.push(cellSpan(c));
    }
    // One row labelled by a code: what its document says of it elsewhere, by that code (a note under the
    // table, "CGF2-29: the grant is conditional on …").
    const labels = [...new Set(finding.rows.map((c) => (c.type === "cell" ? c.rowLabel : "")))];
    if (labels.length === 1 && REF_LIKE.test(labels[0]!)) {
      const own = finding.rows[0]!;
      for (const m of mentionsOf(labels[0]!, ctx, [], 4).filter((x) => x.docId === own.docId).slice(0, 1)) {
        finding.lines.push(`• The paper also says: "${m.text.length > 300 ? `${m.text.slice(0, 300).replace(/\s+\S*$/, "")}…` : m.text}"`);
        finding.evidence.push(m);
      }
    }
    return finding;
  }
}

/** A statistics table's shorthand in a cell, "[c]", "412 [u]". */
const SHORTHAND = /\[[a-z]{1,2}\]/g;

/**
 * The shorthand in the cells of an answer, as the table's own key says it ("[c] = confidential (fewer than
 * 5, not shown)"): the figure is not hidden from the reader by a code, and the key's words are cited.
 */
function withShorthandSaid(finding: Finding | undefined, ctx: LookupContext): Finding | undefined {
  if (!finding?.lines.length) return finding;
  const said = new Set<string>();
  for (const r of finding.rows) {
    // (The document's key is read only for a cell that uses shorthand.)
    if (r.type !== "cell" || !r.value.match(SHORTHAND)) continue;
    const text = ctx.textOf?.(r.docId);
    if (!text) continue;
    const legend = findAbbreviations(text);
    for (const [code] of r.value.matchAll(SHORTHAND)) {
      const meaning = legend.get(code);
      if (!meaning || said.has(code)) continue;
      said.add(code);
      const key = `${code} = ${meaning}`;
      finding.lines.push(`• ${key}, as the table's key says.`);
      const at = text.indexOf(key);
      if (at >= 0 && ctx.locate) finding.evidence.push({ docId: r.docId, start: at, end: at + key.length, locator: ctx.locate(r.docId, at) });
    }
  }
  return finding;
}

const FIGURE_VALUE = /^[-+−]?\s*[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|k|m|bn)?$/i;
const figureCellsOf = new WeakMap<object, CellRecord[]>();
/** How much of the question a passage must cover to say more than a measure's figures. */
const TARGET_FIGURE_COVERAGE = 0.5;
/** The cells made from targets' rows, see `targetFigureCells`. */
const fromTarget = new WeakSet<CellRecord>();

/**
 * The figures of the targets' rows as cells ("AWI-3 | Officers attending LGA webinars | 148 | 96 | 212 |
 * 250 | On course" under "Ref | Indicator | 2057/58 | Q1 | Q2 | Target | Status"): the row named by its
 * text, each figure by its column. Only rows whose cells line up with their columns; made once per index.
 */
function targetFigureCells(ctx: LookupContext, periods: Period[]): CellRecord[] {
  const targets = ctx.recordsOf("target");
  // (A long export's row for each quarter: the quarter asked, else the latest.)
  const inPeriod = new Set(forPeriodsAsked(targets, periods).map((t) => t.id));
  return figureCells(targets).filter((c) => inPeriod.has(targetOfCell.get(c)!));
}

/** The target row each figure cell was made from (its id). */
const targetOfCell = new WeakMap<CellRecord, string>();

function figureCells(targets: TargetRecord[]): CellRecord[] {
  let made = figureCellsOf.get(targets);
  if (made) return made;
  made = [];
  for (const t of targets) {
    const values = t.source.split(" | ");
    // (Not an item read down a column: its rating's row holds the other items' ratings, and its own cells
    // are cells already.)
    if (t.itemRows || values.length !== t.columns.length || values.length < 3) continue;
    values.forEach((value, k) => {
      const v = value.trim();
      // (Quoted as the whole row: a figure means little without its measure.)
      if (!FIGURE_VALUE.test(figureBeforeRating(v)) || v === t.ref || !t.columns[k]!.trim()) return;
      const cell: CellRecord = { type: "cell", id: `${t.id}:figure-${k}`, docId: t.docId, table: t.theme.join(" > ") || "table", rowLabel: t.refIsSynthetic ? t.text : `${t.ref} ${t.text}`, column: t.columns[k]!.trim(), value: v, source: t.source, sourceStart: t.sourceStart, locator: t.locator };
      fromTarget.add(cell);
      targetOfCell.set(cell, t.id);
      made!.push(cell);
    });
  }
  figureCellsOf.set(targets, made);
  return made;
}

/** "%" read as the word a question uses for it ("what percent …" of a "%" column or a "20%" row). */
const percentWords = (text: string) => text.replace(/%/g, " percent ").replace(/\bper\s+cent\b/gi, "percent");

const MORE_THAN = /\b(?:more|greater|higher|over|above|exceed\w*|at least|or more)\b|\+/i;
const LESS_THAN = /\b(?:less|fewer|lower|under|below|up to|or less)\b/i;
const GONE_UP = /\b(?:up|ris\w*|rose|increas\w*|grow\w*|grew|higher)\b/i;
const GONE_DOWN = /\b(?:down|fall\w*|fell|decreas\w*|drop\w*|reduc\w*|lower)\b/i;

/**
 * How well a row's label fits the figures and comparisons of a question that its topic words leave out:
 * an option of a survey's answers or a band of a table ("Risen by more than 20%", "50 to 99", "Over 65")
 * is named by its numbers, "more/less than" and "up/down", not by words the question shares with it.
 * 0 when the label holds none of the question's figures.
 */
export function bandFit(question: string, label: string): number {
  // (Figures standing alone: not the "2" of a code, "MTSF2-01", nor a year.)
  const figures = (text: string) => new Set((text.match(/(?<![\w.\/-])\d+(?:\.\d+)?(?![\w\/-]|\.\d)/g) ?? []).filter((n) => !/^(?:19|20)\d\d$/.test(n)));
  const asked = figures(question);
  const held = [...figures(label)].filter((n) => asked.has(n));
  if (held.length === 0) return 0;
  const agrees = (pattern: RegExp) => (pattern.test(question) && pattern.test(label) ? 0.3 : 0);
  return 0.5 * held.length + agrees(MORE_THAN) + agrees(LESS_THAN) + agrees(GONE_UP) + agrees(GONE_DOWN);
}

/** A month's name as a word of its own, short or long ("Nov", "November", "sept"). */
const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/** The month a column is named by alone ("Nov", "November"), as its first three letters. */
function monthNameOf(column: string): string | undefined {
  const c = column.trim().replace(/\.$/, "");
  return MONTH_WORD.test(c) ? c.slice(0, 3).toLowerCase() : undefined;
}

/**
 * "Which month had the most webinar attendees?": the row's month (or quarter) columns, the highest or
 * lowest named, with the row across them.
 */
function peakPeriod(question: string, lead: CellRecord, held: CellRecord[], ctx: LookupContext): Finding | undefined {
  const extreme = /\bwhich (?:month|quarter)\b[^?]*\b(?:most|highest|biggest|busiest|best|peak)\b/i.test(question)
    ? "max"
    : /\bwhich (?:month|quarter)\b[^?]*\b(?:least|lowest|fewest|quietest|worst)\b/i.test(question)
      ? "min"
      : undefined;
  if (!extreme) return undefined;
  const periodColumn = (column: string) => columnMonth(column) !== undefined || /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|^q[1-4]$/i.test(column.trim());
  const row = held.filter((c) => c.docId === lead.docId && c.table === lead.table && c.rowLabel === lead.rowLabel && periodColumn(c.column));
  const figures = row.map((c) => ({ c, n: Number(c.value.replace(/[£,%\s]/g, "")) })).filter((x) => Number.isFinite(x.n) && /\d/.test(x.c.value));
  if (figures.length < 3) return undefined;
  const pick = figures.reduce((a, b) => (extreme === "max" ? (b.n > a.n ? b : a) : b.n < a.n ? b : a));
  const meta = ctx.docById.get(pick.c.docId)!.meta;
  const finding = emptyFinding();
  finding.lines.push(`${pick.c.rowLabel} (${where(pick.c.table, meta.title)}): ${extreme === "max" ? "highest" : "lowest"} in ${pick.c.column}, ${pick.c.value}.`);
  finding.lines.push(`• ${figures.map((x) => `${x.c.column} ${x.c.value}`).join("; ")}`);
  finding.rows.push(...figures.map((x) => x.c));
  finding.evidence.push(cellSpan(pick.c));
  return finding;
}

/** "What did the chair decide …?", "what was agreed …?": what was decided, not why or by whom. */
const ASKS_DECISION = /\bwhat (?:did|has|have|had) .{0,60}\b(?:decide|agree|resolve)d?\b|\bwhat (?:was|were) (?:decided|agreed|resolved)\b/i;

/**
 * When no table of the period asked about has the figure but a table of another period does ("bookings by
 * party for 2018/19" when only 2017/18 is held), say what is held rather than answer from other text.
 */
function elsewhere(query: TypedQuery, ctx: LookupContext, cells: CellRecord[], inScope: Set<string>, words: string[]): Finding | undefined {
  // ("When are the 26/27 targets coming to the forum?" asks about a meeting, not for figures.)
  // (A board named counts as a word of the subject: "the forum's budget for 26/27".)
  // ("What's the latest on X?" names no period another table could be of.)
  if (effectivePeriods(query.periods).filter((p) => p.kind !== "latest" || !/^(?:the )?latest$/i.test(p.label)).length === 0 || words.length + (query.board ? 1 : 0) < 2 || /^\s*when\b/i.test(query.question)) return undefined;
  const weight = ctx.weight ? { weight: ctx.weight } : {};
  const held = cells.filter((c) => !inScope.has(c.docId) && matchScore(words, `${c.table} ${c.rowLabel} ${c.column}`, { equivalents: 0.7, ...weight }).fraction >= 0.7);
  if (held.length === 0) return undefined;
  // (A table with a column of the year asked for, "2046/47" beside "2045/46", holds the figure: not refused.)
  const years = effectivePeriods(query.periods).flatMap((p) => (p.financialYear ? financialYearForms(p.financialYear) : []));
  if (held.some((c) => years.some((y) => c.column.includes(y)))) return undefined;
  const docs = [...new Set(held.map((c) => ctx.docById.get(c.docId)!))];
  const tables = [...new Set(held.map((c) => c.table))].slice(0, 2).join("; ");
  return { ...emptyFinding(), notFound: `I have no such figures for ${effectivePeriods(query.periods).map((p) => p.label).join(" or ")}. The table I hold (${tables}) is in the papers of ${listPeriods(docs)}.` };
}

/** The best-matching row (a total among equals) across its month columns, oldest first. */
function trendOf(scored: { c: CellRecord; score: number }[], query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const rows = new Map<string, { cells: CellRecord[]; score: number }>();
  for (const { c, score } of scored) {
    if (!columnMonth(c.column)) continue;
    const key = `${c.docId}|${c.table}|${c.rowLabel}`;
    const row = rows.get(key) ?? { cells: [], score };
    row.cells.push(c);
    row.score = Math.max(row.score, score);
    rows.set(key, row);
  }
  const isTotal = (r: { cells: CellRecord[] }) => Number(/\btotal\b/i.test(r.cells[0]!.rowLabel));
  const ranked = [...rows.values()].sort((a, b) => b.score - a.score || isTotal(b) - isTotal(a) || b.cells.length - a.cells.length);
  // The best table's total row; without one, its rows as good as the best (within half a word), up to
  // three, in the table's own order.
  const bestTable = ranked[0] ? `${ranked[0].cells[0]!.docId}|${ranked[0].cells[0]!.table}` : "";
  const close = ranked.filter((r) => `${r.cells[0]!.docId}|${r.cells[0]!.table}` === bestTable && r.score >= ranked[0]!.score - 0.5);
  const total = close.find((r) => isTotal(r));
  const top = total ? [total] : close.slice(0, 3);
  const named = query.periods.filter((p) => p.kind === "month").map((p) => p.iso!).sort();
  const inRange = (c: CellRecord) => named.length < 2 || (columnMonth(c.column)! >= named[0]! && columnMonth(c.column)! <= named[named.length - 1]!);
  const finding = emptyFinding();
  for (const { cells } of top.sort((a, b) => a.cells[0]!.sourceStart - b.cells[0]!.sourceStart)) {
    // Columns between the months named ("from Dec-17 to Mar-19"), or all of them.
    const series = cells.filter(inRange).sort((a, b) => columnMonth(a.column)!.localeCompare(columnMonth(b.column)!));
    if (series.length < 2) continue;
    const meta = ctx.docById.get(series[0]!.docId)!.meta;
    finding.lines.push(`${series[0]!.rowLabel} (${where(series[0]!.table, meta.title)}): ${series.map((c) => `${c.column} ${c.value}`).join(" → ")}.`);
    finding.rows.push(...series);
    finding.evidence.push(cellSpan(series[series.length - 1]!));
  }
  return finding.lines.length ? finding : undefined;
}

/** Asking which risks pass the line a register draws: "high enough to go to the board", "escalated", "above tolerance". */
const PAST_THE_LINE = /\bhigh enough\b|\bescalat\w*|\b(?:reported|referred|go(?:es)?|goes up|sent)\s+(?:up\s+)?to\b|\b(?:above|over|beyond|outside)\s+(?:the\s+|our\s+)?(?:tolerance|threshold|appetite)\b|\bthreshold\b/i;
/**
 * A register's line: "Risks scoring 15 or more are reported to …", "risks at or above a score of 12", "above
 * the tolerance of 15", "A risk scoring above 12 needs a recovery plan".
 */
const STATED_LINE = /\b(?:scor(?:ing|ed|e of)|rated)\s+(\d{1,2})\s+(?:or more|or above|and above|or higher|or over)\b|\b(?:at or above|of at least)\s+(?:a\s+)?(?:score\s+of\s+|the\s+tolerance\s+of\s+)?(\d{1,2})\b|\b(?:above|over|exceeding|more than)\s+(?:a\s+score\s+of\s+|the\s+tolerance\s+of\s+|a\s+tolerance\s+of\s+)(\d{1,2})\b|\bscor(?:ing|es|ed)\s+(?:above|over|more than)\s+(\d{1,2})\b/i;

/**
 * "Which risks are high enough to go to the Combined Authority Board?": the register's own rule, a sentence
 * of its paper ("Risks scoring 15 or more are reported to the Combined Authority Board."), applied to its
 * scores. The register is the one whose rule says most of the question's other words.
 */
function risksPastStatedLine(query: TypedQuery, ctx: LookupContext, risks: RiskRecord[]): Finding | undefined {
  if (!PAST_THE_LINE.test(query.question) || !ctx.textOf) return undefined;
  const asked = new Set(contentWords(query.question).map(stem));
  const rules: { docId: string; start: number; end: number; line: number; orMore: boolean; fit: number }[] = [];
  for (const docId of new Set(risks.map((r) => r.docId))) {
    const text = ctx.textOf(docId) ?? "";
    for (const m of text.matchAll(/[^\n.]*\b(?:risks?|score[sd]?)\b[^\n.]*\./gi)) {
      const rule = STATED_LINE.exec(m[0]);
      if (!rule) continue;
      const line = Number(rule[1] ?? rule[2] ?? rule[3] ?? rule[4]);
      const start = m.index! + /^\s*/.exec(m[0])![0].length;
      const fit = contentWords(m[0]).map(stem).filter((w) => asked.has(w)).length;
      rules.push({ docId, start, end: m.index! + m[0].length, line, orMore: rule[3] === undefined && rule[4] === undefined, fit });
    }
  }
  const best = Math.max(0, ...rules.map((r) => r.fit));
  const chosen = rules.filter((r) => r.fit === best);
  if (chosen.length !== 1) return undefined;
  const rule = chosen[0]!;
  const scored = risks.filter((r) => r.docId === rule.docId && r.score !== undefined);
  if (scored.length === 0) return undefined;
  const past = scored.filter((r) => (rule.orMore ? r.score! >= rule.line : r.score! > rule.line));
  const finding = emptyFinding();
  const text = ctx.textOf(rule.docId)!;
  finding.lines.push(`The register's rule: "${text.slice(rule.start, rule.end)}"`);
  finding.evidence.push({ docId: rule.docId, start: rule.start, end: rule.end, locator: ctx.locate?.(rule.docId, rule.start) ?? scored[0]!.locator });
  if (past.length === 0) finding.lines.push(`No risk in the register scores ${rule.orMore ? `${rule.line} or more` : `above ${rule.line}`}; the highest is ${Math.max(...scored.map((r) => r.score!))}.`);
  for (const r of past) {
    finding.lines.push(`• ${r.ref}: ${r.description} (score ${r.score})`);
    finding.rows.push(r);
    finding.evidence.push(spanOf(r));
  }
  return finding;
}

export function lookupRisks(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const risks = ctx.recordsOf("risk");
  if (risks.length === 0) return undefined;
  const pastLine = risksPastStatedLine(query, ctx, risks);
  if (pastLine) return pastLine;
  const registers = ctx.documents.filter((d) => risks.some((r) => r.docId === d.meta.docId));
  // A board named in the question: its own registers, when it has any.
  const ofBoard = query.board ? registers.filter((d) => d.meta.board === query.board) : [];
  // (Or named by a word of its title or body that the other registers' titles do not have: "the toilets
  // risk register".)
  const naming = topicWords(query.topic).filter((w) => !REGISTER_WORDS.test(w)).map(stem);
  const titleFit = (d: (typeof registers)[number]) => naming.filter((w) => contentWords(`${d.meta.title} ${d.meta.board ?? ""}`).map(stem).includes(w)).length;
  const bestTitleFit = Math.max(0, ...registers.map(titleFit));
  const byTitle = bestTitleFit > 0 ? registers.filter((d) => titleFit(d) === bestTitleFit) : [];
  const docs = ofBoard.length ? ofBoard : byTitle.length && byTitle.length < registers.length ? byTitle : registers;
  // A month naming a meeting ("the january mtg asked for a risk on …") dates the meeting, not the register.
  const namesMeeting = (label: string) => new RegExp(`\\b${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(?:board\\s+|panel\\s+|committee\\s+)?(?:meeting|mtg)s?\\b`, "i").test(query.question);
  // (Nor does a period the question measures from, "gone up since Q1?": the register's earlier score column.)
  const measuredFrom = (label: string) => new RegExp(`\\b(?:since|from|than|vs\\.?|versus)\\s+(?:the\\s+)?${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(query.question);
  // (Nor a month dating a decision, "the sampling money agreed in oct": when it was agreed, not the register.)
  // (A month's label is its full name; the question may shorten it, "oct".)
  const asWritten = (label: string) => (/^[A-Z][a-z]{3,}$/.test(label) ? `${label.slice(0, 3)}[a-z]*` : label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const datesDecision = (label: string) => new RegExp(`\\b(?:agreed|approved|decided|allocated|awarded|added|raised)\\s+(?:in|on|at)\\s+(?:the\\s+)?${asWritten(label)}\\b`, "i").test(query.question);
  const registerPeriods = query.periods.filter((p) => !namesMeeting(p.label) && !measuredFrom(p.label) && !datesDecision(p.label));
  let scope = scopeByPeriods(docs, registerPeriods);
  const relaxed: string[] = [];
  if (scope.matched.length === 0 && scope.unmatched.length > 0) {
    // A year may describe the risk rather than the register ("the grant for 21/22"): read every register,
    // and say so. A month or quarter names a register, which the papers do not have.
    // (So may a meeting's month: "the march mtg asked for a risk on …".)
    const ofMeeting = /\b(?:meeting|mtg)s?\b/i.test(query.question);
    const onlyYears = ofMeeting || scope.unmatched.every((p) => p.kind === "financial_year" || p.kind === "year");
    if (!onlyYears) {
      return { ...emptyFinding(), notFound: `I have no risk register for ${scope.unmatched.map((p) => p.label).join(" or ")}. I hold the register in the ${listPeriods(docs)} report.` };
    }
    relaxed.push(`No register I hold is for ${scope.unmatched.map((p) => p.label).join(" or ")}; I read the registers of ${listPeriods(docs)}.`);
    scope = { docs, matched: [], unmatched: [] };
  }
  const ids = new Set(scope.docs.map((d) => d.meta.docId));
  let chosen = risks.filter((r) => ids.has(r.docId));
  const refs = query.refs.filter((ref) => chosen.some((r) => r.ref === ref));
  const riskLike = query.refs.filter((ref) => /^[A-Z]{1,4}\d+$/.test(ref) && chosen.some((r) => r.ref.replace(/\d+$/, "") === ref.replace(/\d+$/, "")));
  if (refs.length === 0 && riskLike.length) {
    const known = chosen.map((r) => r.ref);
    return { ...emptyFinding(), notFound: `There is no ${riskLike.join(" or ")} in the risk register I hold: it runs from ${known[0]} to ${known[known.length - 1]}.` };
  }
  const notes: string[] = [];
  if (refs.length) chosen = chosen.filter((r) => refs.includes(r.ref));
  else {
    // Bands asked for by name: a colour, or a band of the register's own key ("very high").
    const namedBands = [...new Set(chosen.map((r) => r.band).filter((b): b is string => !!b))].filter((b) => new RegExp(`\\b${b}\\b`, "i").test(query.question));
    // ("Very high" asked for is not "High" as well.)
    const ownBands = namedBands.filter((b) => !namedBands.some((o) => o !== b && o.length > b.length && new RegExp(`\\b${b}\\b`, "i").test(o)));
    const bands: string[] = [...new Set([...query.statuses, ...(/yellow/i.test(query.question) ? ["Yellow"] : []), ...ownBands])];
    // "What score makes a risk high?": the band's range, as the register's key gives it.
    const bandRange = ownBands.length === 1 && SCORE_OF_BAND.test(query.question) ? keyedBandRange(ownBands[0]!, chosen, ctx) : undefined;
    if (bandRange) return bandRange;
    // A status of the register's own asked for ("which risks are being tolerated?": status Tolerate).
    const stemOf = (label: string) => label.toLowerCase().slice(0, label.length >= 5 ? Math.max(5, label.length - 1) : label.length);
    // (A register's one-letter ratings, "A", "R", are asked as such: not the "a" of "any".)
    const askedStatuses = [...new Set(chosen.map((r) => r.statusLabel).filter((l): l is string => !!l && l.split(/\s+/).length <= 3))].filter((l) =>
      l.trim().length <= 2 ? new RegExp(`\\b${l.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(query.question) : new RegExp(`\\b${stemOf(l).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(query.question),
    );
    // ("Very high" asked for is not "High" as well.)
    for (const l of [...askedStatuses]) if (askedStatuses.some((o) => o !== l && o.length > l.length && o.toLowerCase().includes(l.toLowerCase()))) askedStatuses.splice(askedStatuses.indexOf(l), 1);
    const isStatusWord = (w: string) => askedStatuses.some((l) => w.startsWith(stemOf(l)) || stemOf(l).startsWith(w));
    // ("Is the census risk still open?" asks one risk's status: the risk is found by its words, whatever it is.)
    const askedWhether = /^\s*(?:is|was|has|are|were)\b/i.test(query.question) && /\bthe\s+(?:[\w'’-]+\s+){1,6}risk\b(?!s)/i.test(query.question);
    if (askedStatuses.length && askedWhether) askedStatuses.length = 0;
    if (askedStatuses.length) {
      chosen = chosen.filter((r) => r.statusLabel && askedStatuses.includes(r.statusLabel));
      notes.push(`Risks with the status ${askedStatuses.join(" or ")}:`);
    }
    const wantsTop = /\bhighest|\bbiggest|\btop\b|\bworst|\bmost serious/i.test(query.question);
    const wantsBottom = !wantsTop && /\blowest|\bsmallest|\bleast serious|\bleast (?:likely|significant)|\bleast risky/i.test(query.question);
    // Words of the register's own title ("LGA strategic risk register") do not pick out risks.
    const titleWords = new Set(chosen.flatMap((r) => contentWords(r.locator.section.join(" "))));
    const riskText = (r: RiskRecord) => `${r.category ?? ""} ${r.description} ${r.mitigation ?? ""}`;
    const docTitleWords = new Set(chosen.flatMap((r) => contentWords(ctx.docById.get(r.docId)?.meta.title ?? "")));
    // Only words some risks use and others do not pick risks out ("looking at the register at the back of
    // the report" names none of them).
    const usedBy = (w: string) => chosen.filter((r) => matchScore([w], riskText(r), { equivalents: 0.6 }).score > 0).length;
    // (Nor do the words asking how risks moved, "which risks are increasing?", name a risk.)
    // (Nor the time it moved since: "since July", "since the last review".)
    // (Or "at the last review", "at the nov review": when it moved, not what about.)
    const since = movementAsked(query.question)
      ? new Set(["since", ...(/\bsince\s+((?:[\w'’/-]+\s*){1,4})/i.exec(query.question)?.[1] ?? "").toLowerCase().split(/\s+/), ...(/\b(?:at|in)\s+(?:the|its)\s+(?:last|latest|most recent|previous|prior|earlier|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\s+(review|update|quarter|meeting)\b/i.exec(query.question)?.slice(1, 2).map((w) => w.toLowerCase()) ?? [])])
      : new Set<string>();
    const movementWord = (w: string) => !!movementAsked(w) || /^(?:up|down|go|goes|going|went|gone|moved|getting|got|worse|better|higher|lower|score|scores|scored)$/.test(w) || since.has(w);
    // (Words naming the register, "the programme risk register", name no risk in it.)
    const registerNamed = new Set(contentWords(REGISTER_NAMED.exec(query.question)?.[1] ?? ""));
    const words = topicWords(query.topic).filter(
      (w) =>
        !registerNamed.has(w) &&
        !isStatusWord(w) &&
        !movementWord(w) &&
        !bands.some((b) => b.toLowerCase() === w) &&
        !REGISTER_WORDS.test(w) &&
        !READING_A_TABLE.test(w) &&
        !titleWords.has(w) &&
        !docTitleWords.has(w) &&
        usedBy(w) > 0 &&
        // (A register of one risk: its words name it.)
        (usedBy(w) < chosen.length || chosen.length === 1),
    );
    // A rare word (or one the papers never use) that no risk uses: the register has no such risk.
    const rareOrUnknown = (w: string) => {
      const weight = ctx.weight?.(w) ?? RARE_IN_CORPUS;
      return weight === 0 || weight >= RARE_IN_CORPUS;
    };
    const unknownToRegister = topicWords(query.topic).filter((w) => !registerNamed.has(w) && !isStatusWord(w) && !movementWord(w) && !READING_A_TABLE.test(w) && !REGISTER_WORDS.test(w) && !titleWords.has(w) && !docTitleWords.has(w) && usedBy(w) === 0 && rareOrUnknown(w));
    // (Words the register's documents use elsewhere, "monitored quarterly" in its scoring rules, are
    // read from those passages instead.)
    const usedAround = (w: string) =>
      [...new Set(chosen.map((r) => r.docId))].some((id) => {
        const own = chosen.filter((r) => r.docId === id);
        const from = Math.min(...own.map((r) => r.sourceStart)) - 1500;
        const to = Math.max(...own.map((r) => r.sourceStart + r.source.length)) + 1500;
        return (ctx.textOf?.(id) ?? "").slice(Math.max(0, from), to).toLowerCase().includes(w);
      });
    // ("Which risk is the Chair taking to the Board?": one risk, asked by what a paper's sentence naming it
    // says, not by its own words.)
    const said = words.length === 0 && bands.length === 0 && !wantsTop && !wantsBottom && askedStatuses.length === 0 && ONE_RISK_ASKED.test(query.question) ? riskSaidOf(query, ctx, chosen) : undefined;
    if (said) {
      const found = lookupRisks({ ...query, refs: [said.risk.ref] }, ctx);
      // (With the sentence that said which, when the risk's own answer does not quote it already.)
      const m = said.mention;
      if (found && !found.evidence.some((e) => e.docId === m.docId && e.start <= m.start && m.end <= e.end)) {
        found.lines.push(`• ${ctx.docById.get(m.docId)?.meta.title ?? m.docId}: "${m.text}"`);
        found.evidence.push(m);
      }
      return found;
    }
    if (unknownToRegister.length && words.length === 0 && bands.length === 0 && !wantsTop && !wantsBottom && askedStatuses.length === 0) {
      if (unknownToRegister.every(usedAround)) return undefined;
      return { ...emptyFinding(), notFound: `The risk register I hold has no risk about ${unknownToRegister.join(" ")}. Its ${chosen.length} risks are in these categories: ${[...new Set(chosen.map((r) => r.category).filter(Boolean))].join(", ")}.` };
    }
    if (words.length) {
      const weight = ctx.weight ? { weight: ctx.weight } : {};
      const scored = chosen.map((r) => ({ r, ...matchScore(words, riskText(r), { equivalents: 0.6, ...weight }) })).filter((x) => x.fraction >= 0.5);
      // A risk the register does not name is not answered with the others (unless a status picked the
      // risks and the other words only described them).
      scored.sort((a, b) => b.score - a.score);
      // ("The round 1 projects risk": one risk, the one its words fit best.)
      const oneNamed = /\bthe\s+(?:[\w'’-]+\s+){1,6}risk\b(?!s)/i.test(query.question) && scored.length > 1 && scored[0]!.score > scored[1]!.score;
      if (scored.length) chosen = (oneNamed ? scored.slice(0, 1) : scored).map((x) => x.r);
      else if (!askedStatuses.length) {
        return { ...emptyFinding(), notFound: `The risk register I hold has no risk about ${words.join(" ")}. Its ${chosen.length} risks are in these categories: ${[...new Set(chosen.map((r) => r.category).filter(Boolean))].join(", ")}.` };
      }
    } else if (scope.matched.length === 0) {
      // A question about "the risks" with no period and no subject reads the latest register; one naming
      // a register by words of its title or body ("which archives risks …") reads that one.
      const registers = [...new Set(chosen.map((r) => r.docId))].map((id) => ctx.docById.get(id)!);
      const naming = topicWords(query.topic).filter((w) => !isStatusWord(w) && !movementWord(w) && !REGISTER_WORDS.test(w) && !READING_A_TABLE.test(w));
      const fit = (d: (typeof registers)[number]) => matchScore(naming, `${d.meta.title} ${d.meta.board ?? ""}`).score;
      const bestFit = Math.max(0, ...registers.map(fit));
      const named = bestFit > 0 ? registers.filter((d) => fit(d) >= bestFit - 0.01) : [];
      const latest = (named.length ? named : registers).sort((a, b) => b.meta.date.localeCompare(a.meta.date))[0];
      if (latest && chosen.some((r) => r.docId !== latest.meta.docId)) {
        chosen = chosen.filter((r) => r.docId === latest.meta.docId);
        relaxed.push(named.length === 1 ? `Read from ${latest.meta.title} (${latest.meta.period}).` : `Read from the latest register I hold, in ${latest.meta.title} (${latest.meta.period}).`);
      }
    }
    // "Where have the controls not brought the score down?": residual scores no lower than inherent ones.
    if (CONTROLS_UNAVAILING.test(query.question) && chosen.some((r) => r.inherentScore !== undefined)) {
      const rated = chosen.filter((r) => r.inherentScore !== undefined && r.score !== undefined);
      chosen = rated.filter((r) => r.score! >= r.inherentScore!);
      if (chosen.length === 0) {
        const finding = emptyFinding();
        finding.lines.push(`Every risk's score after its controls is lower than its score before them (inherent score):`, ...rated.slice(0, 12).map((r) => `• ${r.ref}: ${r.inherentScore} → ${r.score}`));
        finding.rows.push(...rated.slice(0, 12));
        finding.evidence.push(...rated.slice(0, 3).map(spanOf));
        return finding;
      }
      notes.push(`Risks whose score after controls is no lower than before them (inherent score):`);
    }
    // "Which risks went up?": the register's direction of travel says.
    const moved = CONTROLS_UNAVAILING.test(query.question) ? undefined : movementAsked(query.question);
    if (moved && chosen.some((r) => movement(r.trend) === moved)) {
      chosen = chosen.filter((r) => movement(r.trend) === moved);
      notes.push(`Risks whose direction of travel is ${moved === "up" ? "up" : "down"}:`);
    }
    if (bands.length) {
      const inBands = chosen.filter((r) => (r.band && bands.some((b) => b.toLowerCase() === r.band!.toLowerCase())) || (r.rating && bands.includes(r.rating)));
      // "Any in the red band?" is answered even when the answer is none.
      if (inBands.length === 0) notes.push(`No risk is in the ${bands.join(" or ")} band${bands.length > 1 ? "s" : ""}${chosen.some((r) => r.band) ? ` (the bands used: ${[...new Set(chosen.map((r) => r.band).filter(Boolean))].join(", ")})` : ""}.`);
      else if (!wantsTop) chosen = inBands;
    }
    // "risks scored 15", "risks with a score above 10"
    const scored = /\bscor\w*\s+(?:of\s+)?(above|over|more than|at least|below|under|less than)?\s*(\d{1,2})\b/i.exec(query.question);
    if (scored) {
      const n = Number(scored[2]);
      const cmp = (scored[1] ?? "").toLowerCase();
      chosen = chosen.filter((r) =>
        r.score === undefined ? false : /above|over|more than/.test(cmp) ? r.score > n : cmp === "at least" ? r.score >= n : /below|under|less than/.test(cmp) ? r.score < n : r.score === n,
      );
    }
    const scoredRisks = chosen.filter((r) => r.score !== undefined);
    if ((wantsTop || wantsBottom) && scoredRisks.length) {
      const extreme = (wantsTop ? Math.max : Math.min)(...scoredRisks.map((r) => r.score!));
      chosen = scoredRisks.filter((r) => r.score === extreme);
      notes.unshift(`The ${wantsTop ? "highest" : "lowest"} score is ${extreme}, for ${chosen.length} risk${chosen.length === 1 ? "" : "s"}:`);
    }
  }
  if (chosen.length === 0) return undefined;
  const finding = emptyFinding();
  finding.lines.push(...notes);
  finding.assumptions.push(...relaxed);
  const keyRows = new Set<string>();
  for (const r of chosen.slice(0, 12)) {
    finding.lines.push(`• ${r.ref}${r.category ? ` (${r.category})` : ""}: ${r.description.length > 140 ? `${r.description.slice(0, 140).replace(/\s+\S*$/, "")}…` : r.description} ${riskFigures(r, query.question)}.`);
    finding.rows.push(r);
    finding.evidence.push(...riskSpans(r, query.question));
    // The register's key gives the band: cite the row that does, once.
    if (r.keySpan && !keyRows.has(`${r.docId}:${r.keySpan[0]}`) && r.band && new RegExp(`\\b(?:band|${r.band})\\b`, "i").test(query.question)) {
      keyRows.add(`${r.docId}:${r.keySpan[0]}`);
      finding.evidence.push({ docId: r.docId, start: r.keySpan[0], end: r.keySpan[0] + r.keySpan[1], locator: { ...r.locator, row: "risk scoring key" } });
    }
  }
  if (chosen.length > 12) finding.lines.push(`…and ${chosen.length - 12} more.`);
  // "Who owns …?" of a register that names owners by their post ("Senior Adviser, Accessible Facilities"):
  // who holds the post, where the papers list people with their posts (an attendance list, members).
  if (chosen.length <= 3 && /\bwho\b/i.test(query.question)) {
    for (const r of chosen) {
      const holder = r.owner ? postHolder(r.owner, r, ctx) : undefined;
      if (!holder) continue;
      finding.lines.push(`• ${r.owner} is ${holder.person} (${ctx.docById.get(holder.docId)?.meta.title ?? holder.docId}).`);
      finding.evidence.push({ docId: holder.docId, start: holder.sourceStart, end: holder.sourceStart + holder.source.length, locator: holder.locator });
    }
  }
  // A few risks: what else the papers say of them by reference (the register's notes, the minutes).
  // (Of a list of risks the question asked for by band or score, not a passage that names risks outside it too:
  // "Three risks had risen: CCR-01, CCR-03 and CCR-05" is not about the two Very high ones.)
  const others = query.refs.length || chosen.length < 2 ? [] : ctx.recordsOf("risk").filter((o) => !chosen.some((r) => r.ref === o.ref)).map((o) => o.ref);
  const namesOthers = (text: string) => others.some((ref) => new RegExp(`\\b${ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text));
  if (chosen.length <= 3) {
    for (const r of chosen) {
      // (The register's other table of the same risks, its controls and further actions, read as cells.)
      const beside = ctx.recordsOf("cell").filter((c) => c.docId === r.docId && c.rowLabel === r.ref);
      if (beside.length) {
        finding.lines.push(`• ${r.ref}, ${beside[0]!.table.split(" > ")[0]}: ${beside.map((c) => `${c.column}: ${withThousands(c.value)}`).join("; ")}`);
        finding.evidence.push({ docId: r.docId, start: beside[0]!.sourceStart, end: beside[0]!.sourceStart + beside[0]!.source.length, locator: beside[0]!.locator });
      }
      for (const m of mentionsOf(r.ref, ctx, [{ docId: r.docId, start: r.sourceStart, end: r.sourceStart + r.source.length }]).filter((x) => !namesOthers(x.text))) {
        finding.lines.push(`• ${ctx.docById.get(m.docId)!.meta.title}: "${m.text.length > 300 ? `${m.text.slice(0, 300).replace(/\s+\S*$/, "")}…` : m.text}"`);
        finding.evidence.push(m);
      }
    }
  }
  return finding;
}

/** A question asking for one risk: "which risk is …", "what's the risk the Chair …". */
const ONE_RISK_ASKED = /\b(?:which|what(?:'s| is)?(?: the)?) risk\b(?!s)/i;

/**
 * The one risk that a paper's sentence naming it by reference ("asks the Chair to report risk WSR-04 to the
 * Board") says most of the question of: two of its words at least, and half of them.
 */
function riskSaidOf(query: TypedQuery, ctx: LookupContext, risks: RiskRecord[]): { risk: RiskRecord; mention: Mention } | undefined {
  // (The question's own words: the role and the body it names, "the Chair", "the Board", are what it asks.)
  const words = contentWords(query.question).filter((w) => !REGISTER_WORDS.test(w) && !READING_A_TABLE.test(w));
  const weight = ctx.weight ? { weight: ctx.weight } : {};
  // (Of the registers in scope, by a reference of their own: asked again by it, the risk is read.)
  const scored = risks
    .filter((r) => /[A-Za-z]/.test(r.ref) && query.refs.length === 0)
    .map((r) => {
      const said = mentionsOf(r.ref, ctx, [{ docId: r.docId, start: r.sourceStart, end: r.sourceStart + r.source.length }], 5);
      const best = said.map((m) => ({ m, ...matchScore(words, m.text, weight) })).sort((a, b) => b.score - a.score)[0];
      return { r, mention: best?.m, score: best?.score ?? 0, fraction: best?.fraction ?? 0, matched: best ? Math.round(best.fraction * words.length) : 0 };
    })
    .filter((x) => x.fraction >= 0.5 && x.matched >= 2)
    .sort((a, b) => b.score - a.score);
  const top = scored[0];
  return top?.mention && (scored.length === 1 || top.score > scored[1]!.score) ? { risk: top.r, mention: top.mention } : undefined;
}

/**
 * The one person the papers list as holding a post that a register names as a risk's owner: a line of an
 * attendance or membership list naming them with the post ("Idris Fawkener, Senior Adviser, Accessible
 * Facilities"), in the register's own papers first, then its board's. Undefined when the owner is a person
 * already, or no one or more than one person is listed with the post.
 */
function postHolder(owner: string, risk: RiskRecord, ctx: LookupContext): (AttendanceRecord | MemberRecord) | undefined {
  const post = owner.replace(/\s+/g, " ").trim();
  // (A post says what the job is, "Programme Manager", "Senior Adviser, Accessible Facilities"; a name does not.)
  if (!POST_WORD.test(post) || /^(?:cllr|councillor|mr|mrs|ms|dr)\b/i.test(post)) return undefined;
  const escaped = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  // (The person's line pairs name and post: "Idris Fawkener, Senior Adviser, …", "Finance Business Partner: Jo Bloggs".)
  const pairs = (p: AttendanceRecord | MemberRecord) =>
    new RegExp(`${escaped(p.person)}\\s*(?:,|\\(|–|-|—)\\s*${escaped(post)}|${escaped(post)}\\s*(?::|,|–|-|—)\\s*${escaped(p.person)}`, "i").test(p.source);
  const listed = [...ctx.recordsOf("attendance"), ...ctx.recordsOf("member")].filter(pairs);
  const board = ctx.docById.get(risk.docId)?.meta.board;
  for (const scope of [(p: { docId: string }) => p.docId === risk.docId, (p: { board?: string }) => !!board && p.board === board]) {
    const inScope = listed.filter(scope);
    const people = new Set(inScope.map((p) => p.person));
    if (people.size === 1) return inScope[0];
    if (people.size > 1) return undefined;
  }
  return undefined;
}

/** A word of a job's title. */
const POST_WORD = /\b(?:advis[eo]r|manager|officer|director|head|partner|lead|chief|executive|secretary|clerk|co-?ordinator|assistant|analyst|consultant|specialist|administrator|controller|treasurer|solicitor|engineer|planner|inspector|surveyor|accountant|principal)\b/i;

/** A band of two figures, "12-17", "12 to 17", "18–24", as "12-17"; undefined when there is none or several. */
function bandOf(text: string): string | undefined {
  const bands = [...text.matchAll(/(?<![\d.,/£$-])(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})(?![\d.,/%-])/g)].filter((m) => Number(m[2]) > Number(m[1]));
  return bands.length === 1 ? `${bands[0]![1]}-${bands[0]![2]}` : undefined;
}

/** "What score makes a risk high?", "what scores count as medium?": the scores a band is given for. */
const SCORE_OF_BAND = /\bwhat\s+(?:score|scores|rating|number)s?\b[^?]{0,40}\b(?:makes?|counts?\s+as|means?|gives?|is|are)\b/i;

/** A band's range in the register's key ("Rating bands: Low 1 to 6, Medium 8 to 12, High 15 to 25"), cited from it. */
function keyedBandRange(band: string, risks: RiskRecord[], ctx: LookupContext): Finding | undefined {
  const r = risks.find((x) => x.band?.toLowerCase() === band.toLowerCase() && x.keySpan);
  const text = r?.keySpan ? ctx.textOf?.(r.docId)?.slice(r.keySpan[0], r.keySpan[0] + r.keySpan[1]) : undefined;
  if (!r || !text) return undefined;
  const name = band.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`\\b${name}\\s*(?::|=)?\\s*(\\d{1,2})\\s*(?:to|-|–)\\s*(\\d{1,2})\\b`, "i").exec(text) ?? new RegExp(`\\b(\\d{1,2})\\s*(?:to|-|–)\\s*(\\d{1,2})\\s*(?:(?:are|is)\\s+|=\\s*|:\\s*)?${name}\\b`, "i").exec(text);
  if (!m) return undefined;
  const finding = emptyFinding();
  finding.lines.push(`A risk is ${r.band} when its score is ${m[1]} to ${m[2]}, in the bands of the register's key: "${text.trim()}"`);
  finding.evidence.push({ docId: r.docId, start: r.keySpan![0], end: r.keySpan![0] + r.keySpan![1], locator: { ...r.locator, row: "risk scoring key" } });
  return finding;
}

/** The question without its dates, whose days and years are not bands: "1 to 7 November". */
const askedTextOf = (question: string) => question.replace(/\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi, " ");

/**
 * An amount a finance system exports unformatted, "73300.00", is given as it stands and as a reader says
 * it, "73300.00 (73,300)": an officer may search the export for either.
 */
function withThousands(value: string): string {
  const m = /^(-?)(\d{4,})\.(\d{2})$/.exec(value.trim());
  if (!m) return value;
  const grouped = `${m[1]}${Number(m[2]).toLocaleString("en-GB")}${m[3] === "00" ? "" : `.${m[3]}`}`;
  return `${value.trim()} (${grouped})`;
}
