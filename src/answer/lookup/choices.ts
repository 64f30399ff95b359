/**
 * Polls and forms exported a row per answer, the question beside its answer on each row ("… | Poll 2: Round
 * 3 criteria | Which TWO of these should carry most weight? (choose two) | Incidents at the site;Landowner
 * agreement"), with no totals: a count is got only by counting rows. "How many picked incidents as a
 * criterion?" counts the rows whose answer includes the option the question names; "how did the all-year
 * campaign poll go?" counts every answer to the question it names. Every row counted is the document's own.
 */
import { matchScore } from "../../util/similarity.js";
import { contentWords } from "../../util/text.js";
import type { Span } from "../quotes.js";
import type { TypedQuery } from "../query.js";
import type { CellRecord } from "../../ingest/records/schema.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";

/** "How many picked …", "how many chose …", "how many said yes to …". */
const ASKS_COUNT = /\bhow many\b[^?]*?\b(?:picked|pick|chose|choose|chosen|selected|select|voted|vote|said|say|answered|went for|opted|wanted|want|backed|preferred|ticked)\b/i;
/** "How did the all-year campaign poll go?", "results of the criteria poll". */
const ASKS_TALLY = /\bhow did (?:the )?.+? (?:poll|vote|question|survey)s? go\b|\bresults? of (?:the )?.+? (?:poll|vote|question)\b/i;
/** Words of such questions that name no option or question. */
const ASKING = /^(?:how|many|much|picked|pick|chose|choose|chosen|selected|select|voted|vote|said|say|answered|went|opted|wanted|want|backed|preferred|ticked|poll|polls|votes|question|survey|results?|go|did|people|ppl|zoom|teams|workshop|criterion|option)$/;
/** The fewest answers that make a question a poll worth counting. */
const MIN_ANSWERS = 3;

interface Answer {
  docId: string;
  question: string;
  options: string[];
  start: number;
  end: number;
}

/** Each row's question-and-answer pairs: a cell that asks (ends in "?"), then the cell that answers it. */
function answersIn(docId: string, text: string): Answer[] {
  const out: Answer[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    if (!line.includes(" | ")) continue;
    const cells = line.split(" | ").map((c) => c.trim());
    cells.forEach((cell, k) => {
      const answer = cells[k + 1];
      if (!/\?(?:\s*\([^)]*\))?$/.test(cell) || !answer || /\?$/.test(answer)) return;
      out.push({ docId, question: cell, options: answer.split(";").map((o) => o.trim()).filter(Boolean), start, end: start + line.length });
    });
  }
  return out;
}

export function lookupChoiceCount(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const counting = ASKS_COUNT.test(query.question);
  if ((!counting && !ASKS_TALLY.test(query.question)) || !ctx.textOf) return undefined;
  const words = contentWords(query.question.replace(/[-/]/g, " ")).filter((w) => !ASKING.test(w));
  if (!words.length) return undefined;
  const polls = new Map<string, Answer[]>();
  for (const d of ctx.documents) {
    for (const a of answersIn(d.meta.docId, ctx.textOf(d.meta.docId) ?? "")) {
      const key = `${a.docId}\u0000${a.question}`;
      polls.set(key, [...(polls.get(key) ?? []), a]);
    }
  }
  const asked = [...polls.values()].filter((answers) => answers.length >= MIN_ANSWERS);
  if (!asked.length) return counting ? undefined : talliedVote(words, ctx);
  const fit = (text: string) => matchScore(words, text).score;
  let best: { answers: Answer[]; option?: string; score: number } | undefined;
  for (const answers of asked) {
    const questionFit = fit(answers[0]!.question);
    if (counting) {
      for (const option of new Set(answers.flatMap((a) => a.options))) {
        const score = 2 * fit(option) + questionFit;
        if (fit(option) > 0 && (!best || score > best.score)) best = { answers, option, score };
      }
    } else if (questionFit > 0 && (!best || questionFit > best.score)) best = { answers, score: questionFit };
  }
  if (!best) return counting ? undefined : talliedVote(words, ctx);
  const { answers, option } = best;
  const question = answers[0]!.question;
  const title = ctx.docById.get(answers[0]!.docId)?.meta.title ?? answers[0]!.docId;
  const tally = new Map<string, number>();
  for (const a of answers) for (const o of a.options) tally.set(o, (tally.get(o) ?? 0) + 1);
  const counts = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  const finding = emptyFinding();
  const cite = (rows: Answer[]) => rows.slice(0, 3).map((a): Span => ({ docId: a.docId, start: a.start, end: a.end, locator: ctx.locate?.(a.docId, a.start) ?? { section: [] } }));
  if (option) {
    const chose = answers.filter((a) => a.options.includes(option));
    finding.lines.push(`${chose.length} of the ${answers.length} who answered "${question}" chose "${option}" (${title}; counted from its rows, a row per answer).`);
    finding.evidence.push(...cite(chose));
  } else {
    finding.lines.push(`Of the ${answers.length} who answered "${question}" (${title}; counted from its rows, a row per answer):`);
    finding.evidence.push(...cite(counts.flatMap(([o]) => answers.filter((a) => a.options.includes(o)).slice(0, 1))));
  }
  for (const [o, n] of counts.slice(0, 8)) finding.lines.push(`• ${o}: ${n}`);
  return finding;
}

/** A table's column of votes counted already: "Votes", "No. of votes". */
const VOTES_COLUMN = /^(?:votes?|no\.? of votes|number of votes|tally)$/i;

/**
 * "How did the site visit vote go?" of a poll laid out as a table of options with their votes counted
 * (a meeting page's voting table): its options, most votes first. The table is the one whose title, headings
 * or the lines just above it ("Members voted in the table below on a date for a site visit.") say the
 * question's words.
 */
function talliedVote(words: string[], ctx: LookupContext): Finding | undefined {
  const tables = new Map<string, CellRecord[]>();
  for (const c of ctx.recordsOf("cell")) {
    if (!VOTES_COLUMN.test(c.column.trim()) || !/^\D{0,3}\d{1,4}$/.test(c.value.trim())) continue;
    const key = `${c.docId}\u0000${c.table}\u0000${c.headerStart ?? ""}`;
    tables.set(key, [...(tables.get(key) ?? []), c]);
  }
  let best: { rows: CellRecord[]; score: number } | undefined;
  for (const rows of tables.values()) {
    if (rows.length < 2) continue;
    const first = rows[0]!;
    const before = first.headerStart !== undefined ? (ctx.textOf?.(first.docId) ?? "").slice(Math.max(0, first.headerStart - 400), first.headerStart) : "";
    const score = matchScore(words, `${first.table} ${first.locator.section.join(" ")} ${before}`).score;
    if (score > 0 && (!best || score > best.score)) best = { rows, score };
  }
  if (!best) return undefined;
  const votes = (c: CellRecord) => Number(/\d+/.exec(c.value)![0]);
  const rows = [...best.rows].sort((a, b) => votes(b) - votes(a));
  const title = ctx.docById.get(rows[0]!.docId)?.meta.title ?? rows[0]!.docId;
  const finding = emptyFinding();
  finding.lines.push(`The votes in "${rows[0]!.table}" (${title}), most first:`);
  for (const c of rows) {
    const others = c.source.split(" | ").map((x) => x.trim()).filter((x) => x && x !== c.rowLabel && x !== c.value);
    finding.lines.push(`• ${c.rowLabel}${others.length ? ` (${others.join("; ")})` : ""}: ${c.value} vote${votes(c) === 1 ? "" : "s"}`);
    finding.evidence.push({ docId: c.docId, start: c.sourceStart, end: c.sourceStart + c.source.length, locator: c.locator });
    finding.rows.push(c);
  }
  return finding;
}
