/**
 * What the model is shown: the draft of a structured lookup (when there is one) and numbered passages.
 * The first passages are the verified quotes behind the extractive or structured answer (the best
 * evidence, already checked), then retrieved chunks for context. Each passage keeps the citation it
 * becomes when quoted (title, date, locator, link), so a model's quote needs no offsets to be cited.
 */
import type { AnswerEngine, EngineAnswer } from "../engine.js";
import { sourceUrl } from "../engine.js";
import { formatLocator } from "../quotes.js";
import type { Citation } from "../schema.js";
import type { TypedQuery } from "../query.js";
import type { IndexPort } from "../../index/index.js";

export interface NumberedPassage {
  n: number;
  docId: string;
  /** Verbatim text of the document (a citation's quote or a chunk of the canonical text). */
  text: string;
  /** The citation this passage gives when quoted (the quote is added). */
  cite: Omit<Citation, "quote">;
  kind: "evidence" | "context";
}

export interface Evidence {
  passages: NumberedPassage[];
  /** The structured lookup's answer, shown to the model as an exact draft. */
  draft?: string;
  /** Every row of the structured lookup, one compact line each (the draft may have cut the list short). */
  records?: string[];
}

export interface EvidenceOptions {
  docsBaseUrl?: string;
  /** Retrieved chunks added for context (after the answer's own evidence). */
  contextPassages?: number;
  maxPassageChars?: number;
  maxTotalChars?: number;
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.search(/\s\S*$/);
  return space > max / 2 ? cut.slice(0, space) : cut;
}

export async function gatherEvidence(
  engine: AnswerEngine,
  index: Pick<IndexPort, "documentText">,
  base: EngineAnswer,
  query: TypedQuery,
  opts: EvidenceOptions = {},
): Promise<Evidence> {
  const maxPassage = opts.maxPassageChars ?? 1500;
  const maxTotal = opts.maxTotalChars ?? 14_000;
  const structured = base.mode === "structured";
  const passages: NumberedPassage[] = [];
  let total = 0;
  const add = (p: Omit<NumberedPassage, "n">) => {
    const text = p.text.trim();
    if (!text || passages.some((q) => q.docId === p.docId && q.text === text)) return;
    if (total + text.length > maxTotal && passages.length > 0) return;
    total += text.length;
    passages.push({ ...p, text, n: passages.length + 1 });
  };

  for (const c of base.citations) {
    const { quote, ...cite } = c;
    add({ docId: c.docId, text: quote, cite, kind: "evidence" });
  }

  const k = opts.contextPassages ?? (structured ? 3 : 6);
  if (k > 0) {
    const scope = structured ? engine.lookup(query)?.passages : undefined;
    const chunks = await engine.passages(query, scope ? { ...(scope.docIds ? { docIds: scope.docIds } : {}), ...(scope.section ? { section: scope.section } : {}) } : undefined, k);
    for (const p of chunks) {
      const doc = engine.documents.find((d) => d.meta.docId === p.chunk.docId);
      const text = index.documentText(p.chunk.docId)?.text;
      if (!doc || !text) continue;
      add({
        docId: p.chunk.docId,
        text: cutAtWord(text.slice(p.chunk.start, p.chunk.end), maxPassage),
        cite: {
          docId: p.chunk.docId,
          title: doc.meta.title,
          date: doc.meta.date,
          locator: formatLocator(p.chunk.locator),
          ...(opts.docsBaseUrl ? { url: sourceUrl(opts.docsBaseUrl, doc.relPath, p.chunk.locator.page) } : {}),
        },
        kind: "context",
      });
    }
  }
  const records = structured && base.rows?.length ? base.rows.slice(0, MAX_RECORDS).map(describeRow) : [];
  return { passages, ...(structured ? { draft: base.answer } : {}), ...(records.length ? { records } : {}) };
}

const MAX_RECORDS = 60;

const clip = (v: unknown, max: number) => {
  const t = String(v ?? "").replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** One line per record: its identifying key first, then what a reader asks about it. */
export function describeRow(row: Record<string, unknown>): string {
  const parts: unknown[] = (() => {
    switch (row.type) {
      case "target":
        return [row.refIsSynthetic ? undefined : row.ref, row.status ?? (row.objectiveStatus ? `${String(row.objectiveStatus)} (objective)` : "no status"), clip(row.text, 100), row.lead ? `lead: ${clip(row.lead, 60)}` : undefined];
      case "risk":
        return [row.ref, `score ${String(row.score)}`, clip(row.description, 100), row.owner ? `owner: ${clip(row.owner, 40)}` : undefined];
      case "member":
        return [row.person, row.role, row.council, row.group, row.board, row.term];
      case "attendance":
        return [row.person, row.present === true ? "present" : row.present === false ? "absent" : "not recorded", row.meetingLabel, row.board];
      case "cell":
        return [row.table, row.rowLabel, `${String(row.column)}: ${String(row.value)}`];
      case "agenda_item":
        return [`item ${String(row.number)}`, row.title, row.pages ? `pages ${String(row.pages)}` : undefined, row.confidential ? "confidential" : undefined];
      case "meeting":
        return [row.board, row.date, row.time, row.venue];
      case "paper":
        return [row.title, row.board, row.meetingDate];
      default:
        return [row.type];
    }
  })();
  return parts
    .filter((p) => p !== undefined && p !== null && String(p).trim() !== "")
    .map((p) => clip(p, 120))
    .join(" | ");
}

/** Attribute values and passage bodies cannot close the tags they sit in. */
function fence(text: string): string {
  return text.replace(/<\s*\/?\s*(passage|passages|draft|records)\b/gi, "‹$1");
}

const attr = (s: string) => s.replace(/["<>\n]/g, " ");

export function renderPassages(passages: NumberedPassage[]): string {
  return passages
    .map((p) => `<passage n="${p.n}" source="${attr(p.cite.title)} (${attr(p.cite.date)})" locator="${attr(p.cite.locator)}">\n${fence(p.text)}\n</passage>`)
    .join("\n\n");
}

export function renderDraft(evidence: Pick<Evidence, "draft" | "records">): string {
  if (!evidence.draft) return "";
  const records = evidence.records?.length
    ? `All ${evidence.records.length} records the lookup found (exact; mention every one by its first field, add no other):\n<records>\n${evidence.records.map((r) => `- ${fence(r)}`).join("\n")}\n</records>\n`
    : "";
  return (
    "Draft from a structured lookup of the records (exact: keep every item, add none, change no status, figure or date):\n" +
    `<draft>\n${fence(evidence.draft)}\n</draft>\n${records}\n`
  );
}
