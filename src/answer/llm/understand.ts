/**
 * Question understanding with the model: one call makes a follow-up standalone (from the conversation)
 * and fills the same typed query schema as the rule-based parser. A reading naming anything the user did
 * not say is dropped before it gets here (grounding.ts). The model's query is then cleaned against what
 * the index knows (references, people, boards, well-formed periods) and reconciled with the rules: the
 * rules win when their lookup finds records; the model's query is used when the rules fall through to
 * free text and the model's reaches records.
 */
import type { AnswerEngine, Turn } from "../engine.js";
import { TypedQuery, Period, type Intent } from "../query.js";
import type { UnderstoodQuestion } from "./schemas.js";
import type { Prompts } from "./prompts.js";

export type LlmTurn = Turn & { answer?: string };

const MAX_HISTORY_TURNS = 6;
const MAX_LISTED_DOCUMENTS = 40;

export function understandPrompt(prompts: Prompts, engine: AnswerEngine, question: string, history: LlmTurn[]): { system: string; user: string } {
  const sorted = [...engine.documents].sort((a, b) => a.meta.date.localeCompare(b.meta.date));
  // A large corpus is summarised rather than listed, to keep the prompt small.
  const documents =
    sorted.length <= MAX_LISTED_DOCUMENTS
      ? sorted.map((d) => `${d.meta.title} (${d.meta.date})`).join("; ")
      : `${sorted.length} documents dated ${sorted[0]!.meta.date} to ${sorted.at(-1)!.meta.date}`;
  const system = prompts.render("understand.system", {
    boards: engine.vocabulary.boards.slice(0, 40).join("; ") || "none",
    documents: documents || "none",
  });
  const turns = history.slice(-MAX_HISTORY_TURNS);
  const conversation = turns.length
    ? `Conversation so far (oldest first):\n${turns
        .map((t, i) => `${i + 1}. User: ${oneLine(t.question, 400)}${t.answer ? `\n   Assistant: ${oneLine(t.answer, 300)}` : ""}`)
        .join("\n")}\n\n`
    : "";
  return { system, user: prompts.render("understand.user", { conversation, question: oneLine(question, 1000) }) };
}

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

const STRUCTURED: Intent[] = ["list_by_status", "target_status", "target_lead", "table_value", "risk", "membership", "person", "attendance", "paper", "agenda", "meeting", "comparison"];

/** The model's understanding as a TypedQuery, keeping only what the index can resolve. */
export function toTypedQuery(u: UnderstoodQuestion, engine: AnswerEngine, fallbackQuestion: string): TypedQuery | undefined {
  const question = u.standalone.trim() || fallbackQuestion;
  const knownRefs = knownReferences(engine);
  const refs = [...new Set(u.refs.map((r) => r.trim().toUpperCase().replace(/^TARGET\s+/, "")).filter((r) => knownRefs.has(r)))];
  const periods = u.periods
    .map((p) => ({
      kind: p.kind,
      ...(p.iso && validIso(p.kind, p.iso) ? { iso: p.iso } : {}),
      ...(p.financialYear && /^\d{4}\/\d{2}$/.test(p.financialYear) ? { financialYear: p.financialYear } : {}),
      ...(p.quarter && p.quarter >= 1 && p.quarter <= 4 ? { quarter: p.quarter } : {}),
      ...(p.year && p.year > 1990 && p.year < 2100 ? { year: p.year } : {}),
      label: p.label || p.iso || p.financialYear || String(p.year ?? ""),
      inRange: p.inRange,
    }))
    .filter((p) => {
      if ((p.kind === "day" || p.kind === "month") && !p.iso) return false;
      if (p.kind === "financial_year" && !p.financialYear) return false;
      if (p.kind === "quarter" && !p.quarter) return false;
      if (p.kind === "year" && !p.year) return false;
      return Period.safeParse(p).success;
    });
  const person = u.person ? matchName(u.person, engine.vocabulary.people) : undefined;
  const board = u.board ? matchBoard(u.board, engine.vocabulary.boards) : undefined;
  const parsed = TypedQuery.safeParse({
    intent: u.intent,
    question,
    statuses: u.statuses,
    excludeStatuses: u.excludeStatuses,
    refs,
    periods,
    topic: u.topic.trim().slice(0, 200),
    ...(board ? { board } : {}),
    ...(person ? { person } : {}),
    ...(u.role ? { role: u.role } : {}),
    ...(u.paperField ? { paperField: u.paperField } : {}),
    ...(u.present !== null ? { present: u.present } : {}),
  });
  return parsed.success ? parsed.data : undefined;
}

function validIso(kind: string, iso: string): boolean {
  if (kind === "day") return /^\d{4}-\d{2}-\d{2}$/.test(iso);
  if (kind === "month") return /^\d{4}-\d{2}$/.test(iso);
  return /^\d{4}-\d{2}(?:-\d{2})?$/.test(iso);
}

const refCache = new WeakMap<AnswerEngine, Set<string>>();

export function knownReferences(engine: AnswerEngine): Set<string> {
  let refs = refCache.get(engine);
  if (!refs) {
    refs = new Set<string>();
    for (const r of engine.recordsOf("target")) if (!r.refIsSynthetic) refs.add(r.ref.toUpperCase());
    for (const r of engine.recordsOf("risk")) refs.add(r.ref.toUpperCase());
    refCache.set(engine, refs);
  }
  return refs;
}

function matchName(name: string, people: string[]): string | undefined {
  const n = name.replace(/^(?:cllr|councillor|dr|mr|mrs|ms|sir|dame|lord|baroness)\.?\s+/i, "").trim().toLowerCase();
  const exact = people.find((p) => p.toLowerCase() === n);
  if (exact) return exact;
  const bySurname = people.filter((p) => p.toLowerCase().split(/\s+/).pop() === n.split(/\s+/).pop());
  return bySurname.length === 1 ? bySurname[0] : undefined;
}

function matchBoard(board: string, boards: string[]): string | undefined {
  const b = board.toLowerCase().replace(/\bthe\b/g, "").replace(/\s+/g, " ").trim();
  const acronym = (s: string) =>
    s
      .split(/\s+/)
      .filter((w) => /^[A-Z]/.test(w) && !/^(?:and|of|the)$/i.test(w))
      .map((w) => w[0])
      .join("")
      .toLowerCase();
  return (
    boards.find((x) => x.toLowerCase() === b) ??
    boards.find((x) => x.toLowerCase().includes(b) || b.includes(x.toLowerCase())) ??
    boards.find((x) => acronym(x) === b.replace(/[^a-z]/g, ""))
  );
}

export type QuerySource = "rules" | "model";

/**
 * Choose between the rules' query and the model's. The rules are exact for what they recognise: when
 * their lookup finds records they are kept. When they fall through (free text, or a lookup that finds
 * nothing) and the model's query reaches records, the model's is used.
 */
export function reconcile(engine: AnswerEngine, rules: TypedQuery, model: TypedQuery | undefined): { query: TypedQuery; source: QuerySource } {
  const rulesFinding = engine.lookup(rules);
  if (rulesFinding && (rulesFinding.lines.length > 0 || rulesFinding.notFound)) return { query: rules, source: "rules" };
  if (model && STRUCTURED.includes(model.intent)) {
    const f = engine.lookup(model);
    if (f && !f.notFound && f.lines.length > 0) return { query: model, source: "model" };
  }
  return { query: rules, source: "rules" };
}

/** True when the rules already resolve the question to records (the model's parse would not be used). */
export function rulesSuffice(engine: AnswerEngine, rules: TypedQuery): boolean {
  const f = engine.lookup(rules);
  return !!f && (f.lines.length > 0 || !!f.notFound);
}
