/**
 * Risk register rows. Columns are read by their headers (risk, owner, likelihood, impact, score, direction
 * of travel, mitigation, rating, next review: in any order); a register whose header is two rows deep and
 * misaligned is read from the numbers themselves (impact x likelihood = score). A reference may be its
 * own column or open the risk's text ("CR1 Loss of income …"). The band comes from the register's own key
 * ("16 to 25 | Very high") when it has one, and the key row is cited with it.
 */
import type { Block, Table } from "../structure.js";
import type { RiskRecord } from "./schema.js";
import { LEADING_REF, REF_PATTERN, blockLocator, filled, type ExtractContext } from "./context.js";
import { classifyColumns, column, readRating, tableRows, type Columns } from "./columns.js";

const NUMBER = /^\d{1,2}$/;

/** A table is a register when its header names likelihood and impact (or a score), or a risk column rated or owned. */
function isRegister(cols: Columns): boolean {
  const has = (r: Parameters<typeof column>[1]) => column(cols, r) !== undefined;
  return (has("likelihood") && (has("impact") || has("score"))) || (has("risk") && (has("status") || has("score") || has("lead") || has("mitigation")));
}

function bandOf(score: number | undefined, ctx: ExtractContext) {
  if (score === undefined) return undefined;
  return ctx.keys.bands.find((x) => score >= x.from && score <= x.to);
}

/** The reference and text of a row: a ref column, the first cell, or a reference opening the risk text. */
function refAndText(cells: string[], cols: Columns): { ref?: string; text: string } | undefined {
  const riskCol = column(cols, "risk") ?? column(cols, "description");
  const refCol = column(cols, "ref");
  const text = riskCol !== undefined ? cells[riskCol] ?? "" : "";
  if (refCol !== undefined && REF_PATTERN.test(cells[refCol] ?? "")) return { ref: cells[refCol]!, text };
  if (REF_PATTERN.test(cells[0] ?? "") && riskCol !== 0) return { ref: cells[0]!, text };
  const leading = LEADING_REF.exec(text);
  if (leading) return { ref: leading[1]!, text: text.slice(leading[0].length) };
  return text ? { text } : undefined;
}

/** "3 × 4 = 12" in a score cell: the two factors (in the header's order, "L × I" or "I × L") and the score. */
const PRODUCT = /^\s*(\d{1,2})\s*[x×*]\s*(\d{1,2})\s*=\s*(\d{1,3})\b/i;

/**
 * Posts mapped to people by a list of the document ("Director of People – Yvette Mandeville"), so an owner
 * given as a post can be named.
 */
function postHolders(ctx: ExtractContext): Map<string, string> {
  const holders = new Map<string, string>();
  for (const b of ctx.doc.blocks) {
    if (b.kind === "row" || b.text.length > 120) continue;
    const m = /^(?:[-*•·▪]\s*)?([A-Z][\w ,&'’()-]{2,60}?)\s+[–—:-]\s+((?:Dr |Cllr )?[A-Z][a-z'’-]+(?: [A-Z][a-zA-Z'’-]+){1,2})$/.exec(b.text);
    if (m) holders.set(m[1]!.toLowerCase(), m[2]!);
  }
  return holders;
}

function byHeader(ctx: ExtractContext, table: Table, rows: Block[], cols: Columns): RiskRecord[] {
  const { meta } = ctx;
  const out: RiskRecord[] = [];
  const header = table.header;
  const scoreCol = column(cols, "score", header);
  // "Residual (L × I)": which factor comes first in the product cells.
  const impactFirst = scoreCol !== undefined && /\bi\s*[x×*]\s*l\b/i.test(header[scoreCol] ?? "");
  const holders = postHolders(ctx);
  const num = (cells: string[], role: Parameters<typeof column>[1]) => {
    const k = role === "score" ? scoreCol : column(cols, role);
    const cell = k !== undefined ? (cells[k] ?? "") : "";
    const product = scoreCol !== undefined ? PRODUCT.exec(cells[scoreCol] ?? "") : null;
    if (product && (role === "score" || k === undefined)) {
      const [a, b, c] = [Number(product[1]), Number(product[2]), Number(product[3])];
      if (role === "score") return c;
      if (role === "likelihood") return impactFirst ? b : a;
      if (role === "impact") return impactFirst ? a : b;
    }
    const v = k !== undefined ? /^\s*(\d{1,2})\b/.exec(cell)?.[1] : undefined;
    return v !== undefined ? Number(v) : undefined;
  };
  const text = (cells: string[], role: Parameters<typeof column>[1]) => {
    const k = column(cols, role);
    return k !== undefined && cells[k] ? cells[k] : undefined;
  };
  const ownerOf = (cells: string[]) => {
    const owner = text(cells, "lead");
    const holder = owner && holders.get(owner.toLowerCase());
    return owner && holder ? `${owner} (${holder})` : owner;
  };
  let n = 0;
  for (const b of rows) {
    const cells = b.cells ?? [];
    if (filled(cells).length < 2) continue;
    const found = refAndText(cells, cols);
    if (!found) continue;
    n++;
    const ref = found.ref ?? `risk ${n}`;
    const impact = num(cells, "impact");
    const likelihood = num(cells, "likelihood");
    const score = num(cells, "score") ?? (impact !== undefined && likelihood !== undefined ? impact * likelihood : undefined);
    // Another score column ("Inherent (L × I)"): the score before controls.
    const otherScore = (cols.get("score") ?? []).find((k) => k !== scoreCol && /\b(?:inherent|gross|initial|before|original|unmitigated)\b/i.test(header[k] ?? ""));
    const inherentCell = otherScore !== undefined ? (cells[otherScore] ?? "") : "";
    const inherent = PRODUCT.exec(inherentCell)?.[3] ?? /^\s*(\d{1,3})\s*$/.exec(inherentCell)?.[1];
    const statusCell = text(cells, "status");
    const rating = readRating(statusCell, ctx.keys);
    const band = bandOf(score, ctx);
    const section = [table.title ?? "risk register"];
    out.push({
      type: "risk",
      id: `${meta.docId}:${ref}`,
      docId: meta.docId,
      ref,
      description: found.text,
      ...(impact !== undefined ? { impact } : {}),
      ...(likelihood !== undefined ? { likelihood } : {}),
      ...(score !== undefined ? { score } : {}),
      ...(inherent !== undefined ? { inherentScore: Number(inherent) } : {}),
      ...(band ? { band: band.name, keySpan: band.span } : {}),
      ...(rating ? { rating: rating.rating, ...(rating.label ? { statusLabel: rating.label } : {}) } : statusCell ? { statusLabel: statusCell } : {}),
      ...(text(cells, "trend") ? { trend: text(cells, "trend")! } : {}),
      ...(text(cells, "mitigation") ? { mitigation: text(cells, "mitigation")! } : {}),
      ...(ownerOf(cells) ? { owner: ownerOf(cells)! } : {}),
      ...(text(cells, "review") ? { review: text(cells, "review")! } : {}),
      source: b.text,
      sourceStart: b.start,
      locator: blockLocator(b, section, ref),
    });
  }
  return out;
}

/** A register whose header cannot be read: impact, likelihood and score found as three numbers in a row. */
function byNumbers(ctx: ExtractContext, table: Table, rows: Block[]): RiskRecord[] {
  const { meta } = ctx;
  const out: RiskRecord[] = [];
  for (const b of rows) {
    const cells = b.cells ?? [];
    if (!REF_PATTERN.test(cells[0] ?? "")) continue;
    let at = -1;
    for (let k = 1; k + 2 < cells.length; k++) {
      if ([cells[k], cells[k + 1], cells[k + 2]].every((c) => NUMBER.test(c ?? "")) && Number(cells[k]) * Number(cells[k + 1]) === Number(cells[k + 2])) {
        at = k;
        break;
      }
    }
    if (at < 0) continue;
    const before = cells.slice(1, at).filter((c) => c);
    const after = cells.slice(at + 3).filter((c) => c);
    const score = Number(cells[at + 2]);
    const band = bandOf(score, ctx);
    out.push({
      type: "risk",
      id: `${meta.docId}:${cells[0]}`,
      docId: meta.docId,
      ref: cells[0]!,
      ...(before.length >= 2 ? { category: before[0]! } : {}),
      description: before[before.length - 1] ?? "",
      impact: Number(cells[at]),
      likelihood: Number(cells[at + 1]),
      score,
      ...(band ? { band: band.name, keySpan: band.span } : {}),
      ...(after.length >= 1 ? { mitigation: after[0]! } : {}),
      ...(after.length >= 2 ? { owner: after[after.length - 1]! } : {}),
      source: b.text,
      sourceStart: b.start,
      locator: blockLocator(b, [table.title ?? "risk register"], cells[0]!),
    });
  }
  return out;
}

export function extractRisks(ctx: ExtractContext, consumed: Set<number>): RiskRecord[] {
  const { doc } = ctx;
  const risks: RiskRecord[] = [];
  for (const table of doc.tables) {
    if (consumed.has(table.index) || ctx.keys.tables.has(table.index)) continue;
    const rows = tableRows(doc, table);
    const cols = classifyColumns(table.header);
    const found = isRegister(cols) ? byHeader(ctx, table, rows, cols) : [];
    const numeric = byNumbers(ctx, table, rows);
    // A header two rows deep ("Score (1-5)" over "I | L") misnames the number columns; rows whose three
    // numbers multiply out say where they are. The header wins when its own columns multiply out.
    const headerAgrees = found.filter((r) => r.impact !== undefined && r.likelihood !== undefined && r.impact * r.likelihood === r.score).length * 2 >= found.length;
    const chosen = numeric.length >= 2 && (!headerAgrees || found.length === 0) && numeric.length * 5 >= found.length * 4 ? numeric : found;
    if (chosen.length >= 1) {
      risks.push(...chosen);
      consumed.add(table.index);
    }
  }
  for (const t of ctx.keys.tables) consumed.add(t);
  return risks;
}
