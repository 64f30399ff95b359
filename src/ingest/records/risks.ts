/**
 * Risk register rows. Columns are read by their headers (risk, owner, likelihood, impact, score, direction
 * of travel, mitigation, rating, next review: in any order); a register whose header is two rows deep and
 * misaligned is read from the numbers themselves (impact x likelihood = score). A reference may be its
 * own column or open the risk's text ("CR1 Loss of income …"). The band comes from the register's own key
 * ("16 to 25 | Very high") when it has one, and the key row is cited with it.
 */
import type { Block, Table } from "../structure.js";
import type { RiskRecord } from "./schema.js";
import { LEADING_REF, REF_PATTERN, blockLocator, filled, labelCellPair, type ExtractContext } from "./context.js";
import { TARGET_SCORE, classifyColumns, column, readRating, tableRows, type Columns } from "./columns.js";
import { columnRole } from "../vocabulary.js";
import { MONTH_PATTERN } from "../../util/dates.js";
import { INITIALS, onlyNameOfInitials } from "./initials.js";

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
  // (A tracker's risk is named by its title; its description is more about it.)
  const riskCol = column(cols, "risk") ?? column(cols, "item") ?? column(cols, "description");
  const refCol = column(cols, "ref");
  const text = riskCol !== undefined ? cells[riskCol] ?? "" : "";
  if (refCol !== undefined && REF_PATTERN.test(cells[refCol] ?? "")) return { ref: cells[refCol]!, text };
  if (REF_PATTERN.test(cells[0] ?? "") && riskCol !== 0) return { ref: cells[0]!, text };
  const leading = LEADING_REF.exec(text);
  if (leading) return { ref: leading[1]!, text: text.slice(leading[0].length) };
  return text ? { text } : undefined;
}

/**
 * "3 × 4 = 12" in a score cell: the two factors (in the header's order, "L × I" or "I × L") and the score;
 * "L4 x I3 = 12" says which factor is which itself (groups 1 and 3 are its letters).
 */
const PRODUCT = /^\s*([LI])?\s*(\d{1,2})\s*[x×*]\s*([LI])?\s*(\d{1,2})\s*=\s*(\d{1,3})\b/i;

/** Likelihood, impact and score of a product cell; `impactFirst` when the header puts impact first. */
function readProduct(cell: string, impactFirst = false): { likelihood: number; impact: number; score: number } | undefined {
  const m = PRODUCT.exec(cell);
  if (!m) return undefined;
  const [a, b, score] = [Number(m[2]), Number(m[4]), Number(m[5])];
  const firstIsImpact = m[1] ? /i/i.test(m[1]) : m[3] ? /l/i.test(m[3]) : impactFirst;
  return firstIsImpact ? { impact: a, likelihood: b, score } : { likelihood: a, impact: b, score };
}

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

/** A word of a shared mailbox's address, not a person's name. */
const MAILBOX_WORD = /^(?:services?|team|info|admin|enquir(?:y|ies)|office|support|democratic|committees?|no-?reply|finance|helpdesk|contact|mailbox|group|unit|hub)$/i;

/**
 * The person an account names by their address, as a list exports a person column: a sign-in claim,
 * "i:0#.f|membership|tobias.quennell@local.gov.uk", or the address alone, "first.last@…" read as
 * "Tobias Quennell" (each part of a double name capitalised: "penhallow-vane" is "Penhallow-Vane").
 */
function nameOfAccount(cell: string): string | undefined {
  const m = /^(?:i:0[#.][^|\s]*\|membership\||[^|\s]*\|)?([a-z][a-z'’-]+)\.([a-z][a-z'’-]+)@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.exec(cell.trim());
  // (Not a team's mailbox: "democratic.services@…" names no one.)
  if (!m || [m[1]!, m[2]!].some((w) => MAILBOX_WORD.test(w))) return undefined;
  const word = (w: string) => w.split("-").map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()).join("-");
  return `${word(m[1]!)} ${word(m[2]!)}`;
}

/**
 * Initials a key line of the document spells out, "Owners: EHC Ezinne Holdsworth-Carr, Programme Manager;
 * FA Florian Achterberg, …": the name after them whose initials they are.
 */
function keyedInitials(ctx: ExtractContext, owner: string): string | undefined {
  if (!INITIALS.test(owner.trim())) return undefined;
  const after = new RegExp(`\\b${owner.trim().replace(/\./g, "\\.")}\\s*(?:[-–—=:]\\s*)?((?:Cllr |Dr )?[A-Z][a-z'’]+(?: [A-Z][a-zA-Z'’-]+){1,2})`, "g");
  for (const b of ctx.doc.blocks) {
    if (b.kind === "row") continue;
    for (const m of b.text.matchAll(after)) if (onlyNameOfInitials([m[1]!], owner) === m[1]) return m[1];
  }
  return undefined;
}

function byHeader(ctx: ExtractContext, table: Table, rows: Block[], cols: Columns): RiskRecord[] {
  const { meta } = ctx;
  const out: RiskRecord[] = [];
  const header = table.header;
  const scoreCol = column(cols, "score", header);
  // "Residual (L × I)": which factor comes first in the product cells.
  const impactFirst = scoreCol !== undefined && /\bi\s*[x×*]\s*l\b/i.test(header[scoreCol] ?? "");
  const holders = postHolders(ctx);
  // (Under a spanning header, "Inherent risk L | I | Score" beside "Current risk L | I | Score", a factor is
  // the one beside the score that counts: its header's qualifier is the score's.)
  const qualifier = (k: number) => (header[k] ?? "").trim().replace(/\s*\S+$/, "").toLowerCase();
  const besideScore = (ks: number[]) => {
    const same = scoreCol !== undefined && qualifier(scoreCol) ? ks.filter((k) => qualifier(k) === qualifier(scoreCol)) : [];
    return same.length ? same : ks;
  };
  const num = (cells: string[], role: Parameters<typeof column>[1]) => {
    // (Of two columns of a factor, "Consequence" in words and "Current I" in figures, the figure's.)
    const k = role === "score" ? scoreCol : (besideScore(cols.get(role) ?? []).find((c) => /^\s*\d/.test(cells[c] ?? "")) ?? column(cols, role));
    const cell = k !== undefined ? (cells[k] ?? "") : "";
    const product = scoreCol !== undefined ? readProduct(cells[scoreCol] ?? "", impactFirst) : undefined;
    if (product && (role === "score" || k === undefined)) {
      if (role === "score") return product.score;
      if (role === "likelihood") return product.likelihood;
      if (role === "impact") return product.impact;
    }
    const v = k !== undefined ? /^\s*(\d{1,2})\b/.exec(cell)?.[1] : undefined;
    return v !== undefined ? Number(v) : undefined;
  };
  const text = (cells: string[], role: Parameters<typeof column>[1]) => {
    const k = column(cols, role);
    return k !== undefined && cells[k] ? cells[k] : undefined;
  };
  // (Of a tracker's "Assignee" and "Accountable", the one accountable owns the risk.)
  const accountableCol = (cols.get("lead") ?? []).find((k) => /^accountable\b/i.test(header[k]?.trim() ?? ""));
  const ownerOf = (cells: string[]) => {
    const owner = (accountableCol !== undefined ? cells[accountableCol]?.trim() || undefined : undefined) ?? text(cells, "lead");
    const holder = owner && (holders.get(owner.toLowerCase()) ?? keyedInitials(ctx, owner) ?? nameOfAccount(owner));
    return owner && holder ? `${owner} (${holder})` : owner;
  };
  const earlierCol = scoreCol !== undefined ? earlierScoreColumn(header, rows, cols, scoreCol) : undefined;
  const statusCol = currentRatingColumn(header, rows, cols, ctx);
  let n = 0;
  for (const b of rows) {
    const cells = b.cells ?? [];
    // A row with no reference and no risk of its own carries on the risk above (more of its controls).
    const previous = out[out.length - 1];
    const riskCol = column(cols, "risk") ?? column(cols, "description");
    if (previous && !cells[0]?.trim() && (riskCol === undefined || !cells[riskCol]?.trim()) && filled(cells).length >= 1) {
      const more = text(cells, "mitigation");
      if (more) previous.mitigation = previous.mitigation ? `${previous.mitigation}; ${more}` : more;
      previous.source = ctx.doc.text.slice(previous.sourceStart, b.start + b.text.length);
      continue;
    }
    if (filled(cells).length < 2) continue;
    // (A row of a heat map under the register's header, "4 Likely | 4 | 8 | 12 | 16 | 20", is no risk.)
    if (filled(cells).filter((c) => !/^\d{1,3}$/.test(c.trim())).length <= 1) continue;
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
    const inherent = readProduct(inherentCell)?.score ?? /^\s*(\d{1,3})\s*$/.exec(inherentCell)?.[1];
    const targetCol = (cols.get("score") ?? []).find((k) => k !== scoreCol && TARGET_SCORE.test(header[k] ?? ""));
    const targetCell = targetCol !== undefined ? (cells[targetCol] ?? "") : "";
    const target = readProduct(targetCell)?.score ?? /^\s*(\d{1,3})\s*$/.exec(targetCell)?.[1];
    // (Both when the register gives both: "▼, down from 12 (Q1 score)".)
    const moved = earlierCol !== undefined ? movedSince(score, cells[earlierCol], header[earlierCol]!) : undefined;
    const trend = [text(cells, "trend"), moved].filter((x) => !!x).join(", ") || undefined;
    // (A rating under the score's spanning header, "Current risk Rating", is read as a score's column: its
    // cell, a word or a letter, is the rating.)
    const ratingCol = (cols.get("score") ?? []).find((k) => /\b(?:rating|band|rag)$/i.test(header[k] ?? "") && /^[A-Za-z]/.test(cells[k]?.trim() ?? ""));
    const statusCell = (statusCol !== undefined && cells[statusCol] ? cells[statusCol] : undefined) ?? (ratingCol !== undefined ? cells[ratingCol] : undefined);
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
      ...(target !== undefined ? { targetScore: Number(target) } : {}),
      ...(band ? { band: band.name, keySpan: band.span } : {}),
      ...(rating ? { rating: rating.rating, ...(rating.label ? { statusLabel: rating.label } : {}) } : statusCell ? { statusLabel: statusCell } : {}),
      ...(trend ? { trend } : {}),
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

/**
 * Of several status columns, the one rating the risk now: not an earlier review's ("Previous RAG Rating"),
 * and of the rest the one most of whose cells are ratings ("RAG Rating" beside a record's "Status" of Open
 * or Closed); the first when none is.
 */
function currentRatingColumn(header: string[], rows: Block[], cols: Columns, ctx: ExtractContext): number | undefined {
  const all = cols.get("status") ?? [];
  const now = all.filter((k) => !/\b(?:previous|prior|last|earlier|old)\b/i.test(header[k] ?? ""));
  const candidates = now.length ? now : all;
  const rated = (k: number) => rows.filter((r) => readRating(r.cells?.[k], ctx.keys)).length;
  return candidates.reduce<number | undefined>((best, k) => (best === undefined || rated(k) > rated(best) ? k : best), undefined);
}

/** A column header naming an earlier review, not a role: "July", "Jul 2037", "Q1", "Previous score", "Last review". */
const EARLIER_SCORE_HEADER = new RegExp(`^(?:(?:${MONTH_PATTERN}\\.?(?:\\s+'?\\d{2,4})?|q[1-4](?:\\s+\\d{2,4}(?:/\\d{2})?)?)(?:\\s+score)?|(?:previous|prior|last|earlier)(?:\\s+(?:score|review|quarter|rating|register))?|score (?:at|from|as at|on|before) (?:the )?(?:last|previous|prior|earlier)(?:\\s+(?:review|quarter|meeting|register))?|was)$`, "i");

/** The column of each risk's score at an earlier review: a header naming that time, and cells of scores (or "New"). */
function earlierScoreColumn(header: string[], rows: Block[], cols: Columns, scoreCol: number): number | undefined {
  // (Another score column may be the earlier one: "Q1 score" beside "Score".)
  const taken = new Set([...cols.entries()].flatMap(([role, ks]) => (role === "score" ? [scoreCol] : ks)));
  const k = header.findIndex((h, k) => {
    if (taken.has(k) || !EARLIER_SCORE_HEADER.test(h.trim())) return false;
    const cells = rows.map((r) => (r.cells?.[k] ?? "").trim()).filter(Boolean);
    // (A register typed row by row, a table a row, has one cell a column; a risk new since has none.)
    return cells.length >= 1 && cells.every((c) => /^\d{1,2}$|^new$|^n\/?a$|^[-–—]$/i.test(c)) && cells.some((c) => /^\d/.test(c));
  });
  return k >= 0 ? k : undefined;
}

/** How a risk's score moved since an earlier review: "up from 12 (July)", "new since July". */
function movedSince(score: number | undefined, earlierCell: string | undefined, when: string): string | undefined {
  const was = (earlierCell ?? "").trim();
  if (/^new$/i.test(was)) return `new since ${when.trim()}`;
  if (score === undefined || !/^\d{1,2}$/.test(was)) return undefined;
  const before = Number(was);
  return `${score > before ? "up" : score < before ? "down" : "unchanged"} from ${before} (${when.trim()})`;
}

/** A register whose header cannot be read: impact, likelihood and score found as three numbers in a row. */
/** The top of a likelihood or impact scale (registers score 1–4, 1–5, 1–6, sometimes 1–10). */
const MAX_SCALE = 10;

function byNumbers(ctx: ExtractContext, table: Table, rows: Block[]): RiskRecord[] {
  const { meta } = ctx;
  const out: RiskRecord[] = [];
  for (const b of rows) {
    const cells = b.cells ?? [];
    if (!REF_PATTERN.test(cells[0] ?? "")) continue;
    let at = -1;
    for (let k = 1; k + 2 < cells.length; k++) {
      // (Scores run from 1: "0 | 33 | 0" in a grants table, nothing paid of 33 plots, is no risk's score.)
      const onScale = (c: string | undefined) => Number(c) >= 1 && Number(c) <= MAX_SCALE;
      if ([cells[k], cells[k + 1], cells[k + 2]].every((c) => NUMBER.test(c ?? "")) && onScale(cells[k]) && onScale(cells[k + 1]) && Number(cells[k]) * Number(cells[k + 1]) === Number(cells[k + 2])) {
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

/** Labels of a score taken before the controls, and after them. */
const BEFORE_CONTROLS = /\b(?:inherent|gross|initial|before|original|unmitigated|untreated|raw)\b/i;

/** "4 x 4 = 16 (Red)", "16 – Red", "12": likelihood, impact (in that order when a product), score and rating. */
function readScore(value: string, ctx: ExtractContext): { likelihood?: number; impact?: number; score?: number; rating?: ReturnType<typeof readRating>; bandWord?: string } {
  const product = readProduct(value);
  const words = /\(([^)]{1,30})\)|[–—-]\s*([A-Za-z][A-Za-z /]{1,30})$/.exec(value);
  const said = words ? (words[1] ?? words[2])!.trim() : undefined;
  const rating = said ? readRating(said, ctx.keys) : undefined;
  // ("12 (Medium)": a band of the genre's words, when the register's key does not give its range.)
  const bandWord = said && !rating && BAND_WORD.test(said) ? said : undefined;
  const extra = { ...(rating ? { rating } : {}), ...(bandWord ? { bandWord } : {}) };
  if (product) return { ...product, ...extra };
  const plain = /^\s*(\d{1,3})\b/.exec(value)?.[1];
  return { ...(plain ? { score: Number(plain) } : {}), ...extra };
}

/** The words registers band their scores by. */
const BAND_WORD = /^(?:very\s+)?(?:high|medium|low|moderate|severe|critical|significant|minor|major|extreme|tolerable)$/i;

const BULLET = /^\s*[-*+•·▪]\s+/;

/**
 * A title that goes on to its fields after a dash ("RCR-02 Shortage of officers – Likelihood: 4, Impact: 4
 * (March: 4, 4)"): the title, and the fields a register uses, each with its value.
 */
function splitTrailingFields(text: string): [string, { name: string; value: string }[]] {
  const m = /^(.*?)\s+[–—-]\s+(([A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}):\s+.*)$/.exec(text);
  if (!m || !columnRole(m[3]!)) return [text, []];
  const fields = m[2]!.split(/,\s+(?=[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:\s)/).flatMap((part) => {
    const f = /^([A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}):\s+(.*)$/.exec(part);
    return f && columnRole(f[1]!) ? [{ name: f[1]!, value: f[2]!.trim() }] : [];
  });
  return [m[1]!, fields];
}

/**
 * A label's value that goes on to further labelled sentences ("Risk: calls keep rising … . Likelihood x
 * impact: 4x4=16 (red). Owner: Zainab Aalders. Controls: …"): one field per label a register uses.
 */
function inlineFields(name: string, value: string): { name: string; value: string }[] {
  const fields = [{ name, value: "" }];
  for (const part of value.split(/(?<=\.)\s+(?=[A-Z][A-Za-z]*(?: [A-Za-z×]+){0,3}:\s)/)) {
    const label = /^([A-Z][A-Za-z]*(?: [A-Za-z×]+){0,3}):\s+(.*)$/s.exec(part);
    if (label && columnRole(label[1]!)) fields.push({ name: label[1]!, value: label[2]!.replace(/\.$/, "") });
    else fields[fields.length - 1]!.value = [fields[fields.length - 1]!.value, part].filter(Boolean).join(" ");
  }
  return fields.filter((f) => f.value);
}


/**
 * Risks written as sections rather than rows: a title line with a reference and the risk's name, then
 * label-value lines ("Risk owner: …", "Inherent score: 5 x 5 = 25 (Red)", "Residual score: 4 x 4 = 16
 * (Red)", "Controls:" over a bulleted list), as registers written in markdown or Word lay them out. A
 * section is a risk when it is scored (a score, or likelihood and impact) and owned or controlled, in a
 * document or section about risks.
 */
function riskSections(ctx: ExtractContext, consumed: Set<number>): RiskRecord[] {
  const { doc, meta } = ctx;
  const out: RiskRecord[] = [];
  // (A list item may be the title, "* RCR-02 Shortage of officers – Likelihood: 4, Impact: 4", its fields
  // the items under it.)
  const titleText = (b: Block) => (b.list ? b.text.replace(BULLET, "") : b.text);
  const isTitle = (b: Block) => b.kind !== "row" && !b.label && b.text.length <= 300 && LEADING_REF.test(titleText(b));
  // (A title that is itself a heading has its section's headings on the line under it.)
  const aboutRisks = (b: Block) => /\brisks?\b/i.test([doc.blocks[0]?.text ?? "", ...(b.headings ?? doc.blocks[b.index + 1]?.headings ?? [])].join(" "));
  for (let i = 0; i < doc.blocks.length; i++) {
    const title = doc.blocks[i]!;
    if (!isTitle(title)) continue;
    const fields: { name: string; value: string; block: Block }[] = [];
    // Fields after the title's dash: "… officers – Likelihood: 4, Impact: 4 (March: 4, 4)".
    const [heading, trailing] = splitTrailingFields(titleText(title));
    for (const f of trailing) fields.push({ ...f, block: title });
    let open: { name: string; items: string[]; block: Block } | undefined;
    let description: string | undefined;
    let last = title;
    const tables = new Set<number>();
    for (let j = i + 1; j < doc.blocks.length && j < i + 40; j++) {
      const b = doc.blocks[j]!;
      // A two-column table of labels and values ("Risk owner | Jo Bloggs") under the title is the same.
      const pair = b.kind === "row" ? labelCellPair(b) : undefined;
      if (pair) {
        fields.push({ ...pair, block: b });
        if (b.table !== undefined) tables.add(b.table);
        open = undefined;
        last = b;
        continue;
      }
      if (isTitle(b) || b.kind === "row" || (b.kind === "heading" && !b.label)) break;
      if (b.label?.value) {
        for (const f of b.list ? [{ name: b.label.name, value: b.label.value }] : inlineFields(b.label.name, b.label.value)) fields.push({ ...f, block: b });
        open = undefined;
      } else if (b.label) {
        // "Controls:" over its own bulleted list: the items are its value.
        open = { name: b.label.name, items: [], block: b };
        fields.push({ name: open.name, value: "", block: b });
      } else if (open && (b.list || BULLET.test(b.text))) {
        open.items.push(b.text.replace(BULLET, "").replace(/[;,]\s*$/, ""));
        fields[fields.length - 1]!.value = open.items.join("; ");
      } else if (fields.length === 0 && !description) {
        description = b.text.replace(BULLET, "");
      } else break;
      last = b;
    }
    const role = (name: string) => columnRole(name);
    const scores = fields.filter((f) => role(f.name) === "score" && !TARGET_SCORE.test(f.name));
    const residualField = scores.find((f) => !BEFORE_CONTROLS.test(f.name));
    const inherentField = scores.find((f) => BEFORE_CONTROLS.test(f.name));
    const value = (r: ReturnType<typeof columnRole>) => fields.find((f) => role(f.name) === r)?.value || undefined;
    const residual = residualField ? readScore(residualField.value, ctx) : {};
    const likelihood = residual.likelihood ?? (value("likelihood") ? Number(/\d+/.exec(value("likelihood")!)?.[0]) || undefined : undefined);
    const impact = residual.impact ?? (value("impact") ? Number(/\d+/.exec(value("impact")!)?.[0]) || undefined : undefined);
    const score = residual.score ?? (likelihood !== undefined && impact !== undefined ? likelihood * impact : undefined);
    const status = value("status");
    const rating = residual.rating ?? readRating(status, ctx.keys);
    const owner = value("lead");
    const mitigation = value("mitigation");
    if ((score === undefined && !rating) || (!owner && !mitigation) || !aboutRisks(title)) continue;
    for (const t of tables) consumed.add(t);
    const ref = LEADING_REF.exec(heading)![1]!;
    const name = heading.slice(LEADING_REF.exec(heading)![0].length).replace(/^[-–—:]\s*/, "").trim();
    const inherent = inherentField ? readScore(inherentField.value, ctx).score : undefined;
    const keyBand = score !== undefined ? ctx.keys.bands.find((x) => score >= x.from && score <= x.to) : undefined;
    const band = keyBand ?? (residual.bandWord ? { name: residual.bandWord.charAt(0).toUpperCase() + residual.bandWord.slice(1).toLowerCase(), span: undefined } : undefined);
    const section = (title.headings ?? []).filter((h) => h !== title.text).slice(-1);
    const used = new Set(["score", "likelihood", "impact", "lead", "mitigation", "trend", "review", "description", "risk"]);
    const notes = fields.filter((f) => f.value && !used.has(columnRole(f.name) ?? "") && !(columnRole(f.name) === "status" && f.value === status && !rating)).map((f) => `${f.name}: ${f.value}`);
    out.push({
      type: "risk",
      id: `${meta.docId}:${ref}`,
      docId: meta.docId,
      ref,
      description: name || value("description") || description || "",
      ...(impact !== undefined ? { impact } : {}),
      ...(likelihood !== undefined ? { likelihood } : {}),
      ...(score !== undefined ? { score } : {}),
      ...(inherent !== undefined ? { inherentScore: inherent } : {}),
      ...(band ? { band: band.name, ...(band.span ? { keySpan: band.span } : {}) } : {}),
      ...(rating ? { rating: rating.rating, ...(rating.label ? { statusLabel: rating.label } : {}) } : status ? { statusLabel: status } : {}),
      ...(value("trend") ? { trend: value("trend")! } : {}),
      ...(mitigation ? { mitigation } : {}),
      ...(owner ? { owner } : {}),
      ...(value("review") ? { review: value("review")! } : {}),
      ...(notes.length ? { notes } : {}),
      source: doc.text.slice(title.start, last.start + last.text.length),
      sourceStart: title.start,
      locator: blockLocator(title, section.length ? section : ["risk register"], ref),
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
    // (A later table of the same risks that gives none of their scores, ratings or owners, a register's page
    // of controls and further actions, adds no risks: its rows stay a table's cells and passages.)
    const known = new Set(risks.map((r) => r.ref));
    const restatesKnown = chosen.length >= 1 && chosen.every((r) => known.has(r.ref) && r.score === undefined && !r.rating && !r.owner);
    if (chosen.length >= 1 && !restatesKnown) {
      risks.push(...chosen);
      consumed.add(table.index);
    }
  }
  for (const t of ctx.keys.tables) consumed.add(t);
  const inTables = new Set(risks.map((r) => r.ref));
  risks.push(...riskSections(ctx, consumed).filter((r) => !inTables.has(r.ref)));
  const found = new Set(risks.map((r) => r.ref));
  risks.push(...riskCards(ctx).filter((r) => !found.has(r.ref)));
  return risks;
}

/**
 * A risk system's card title: its reference and name with the current rating set as a lozenge, "PPR-03
 * Contractor shortages delay Fund-supported renewals VERY HIGH 20" (the name may wrap past the lozenge:
 * "… after a supplier leaves HIGH 16 the market").
 */
const CARD_RATING = /\s((?:VERY )?(?:HIGH|MEDIUM|LOW|CRITICAL|SEVERE|MAJOR|MINOR|EXTREME|MODERATE|SIGNIFICANT|RED|AMBER|GREEN))\s+(\d{1,2})(?:\s+([a-z].*))?$/;

/** Field labels a risk card gives beside the genre's column names: "Category", "Date raised". */
const CARD_LABEL = /^(?:category|date raised|raised|next review|last reviewed|risk type|directorate|status)$/i;

/**
 * A boxed field printed as its label over its value and read as one line, "Risk owner Priyanka Sedgwick
 * (Senior Adviser)", "Trend Rising", "Last reviewed 24/10/2104": the label (an opening of up to three words
 * in sentence case that names a register's field) and its value.
 */
function boxedField(cell: string): { name: string; value: string } | undefined {
  // (A label in sentence case, "Risk owner", ends where its value's capital or figure starts.)
  const m = /^([A-Z][a-z]+(?: [a-z]+){0,2}) ([A-Z0-9(£].*)$/.exec(cell.trim());
  if (!m) return undefined;
  return columnRole(m[1]!) || CARD_LABEL.test(m[1]!) ? { name: m[1]!, value: m[2]! } : undefined;
}

/**
 * Risks printed one card each by a risk system ("Risk Detail Report"): a title with the reference, the name
 * and the current rating; boxed fields (owner, category, trend, review dates); assessments side by side
 * ("Inherent | Current | Target" over "L4 × I4 = 16 | L5 × I4 = 20 | L3 × I3 = 9"); a table of controls.
 * Two cards or more, each up to the next.
 */
function riskCards(ctx: ExtractContext): RiskRecord[] {
  const { doc, meta } = ctx;
  // (A title row may set the lozenge in a cell of its own: "STR-01 Young trees die … | VERY HIGH 20".)
  // (A row's own text, not its cells: a header row's cells are named with the header rows under them.)
  const lineOf = (b: Block) => (b.kind === "row" ? (b.text.split(" | ").length <= 2 ? b.text.split(" | ").join(" ") : undefined) : b.text);
  const titles = doc.blocks.filter((b) => {
    const line = lineOf(b);
    return !!line && line.length <= 300 && LEADING_REF.test(line) && CARD_RATING.test(line);
  });
  if (titles.length < 2) return [];
  const out: RiskRecord[] = [];
  titles.forEach((title, k) => {
    const line = lineOf(title)!;
    const ref = LEADING_REF.exec(line)![1]!;
    const rated = CARD_RATING.exec(line)!;
    const name = `${line.slice(LEADING_REF.exec(line)![0].length, rated.index)}${rated[3] ? ` ${rated[3]}` : ""}`.trim();
    const score = Number(rated[2]);
    const end = Math.min(titles[k + 1]?.index ?? doc.blocks.length, title.index + 60);
    const body = doc.blocks.slice(title.index + 1, end);
    const fields: { name: string; value: string }[] = [];
    let last = title;
    const isLabel = (c: string) => /^[A-Z][a-z]+(?: [a-z]+){0,2}$/.test(c) && (!!columnRole(c) || CARD_LABEL.test(c));
    const textCells = (b: Block | undefined) => (b?.kind === "row" ? b.text.split(" | ").map((c) => c.trim()).filter(Boolean) : []);
    body.forEach((b, i) => {
      if (b.kind !== "row") return;
      const cells = textCells(b);
      const boxed = cells.map(boxedField);
      if (cells.length >= 2 && boxed.every(Boolean)) {
        fields.push(...(boxed as { name: string; value: string }[]));
        last = b;
        return;
      }
      // (Or the labels a row of their own over a row of the values: "Risk owner | Category | Trend".)
      const next = body[i + 1];
      const values = textCells(next);
      if (cells.length >= 2 && cells.every(isLabel) && values.length === cells.length && !values.some(isLabel) && !values.some((v) => PRODUCT.test(v))) {
        cells.forEach((name, k) => fields.push({ name, value: values[k]! }));
        if (next!.start > last.start) last = next!;
      }
    });
    const value = (role: string) => fields.find((f) => columnRole(f.name) === role)?.value;
    const named = (re: RegExp) => fields.find((f) => re.test(f.name))?.value;
    // The assessments side by side: the products row under the row naming them.
    const assessed: Record<string, { likelihood: number; impact: number; score: number }> = {};
    body.forEach((b, i) => {
      const products = b.kind === "row" ? filled(b.cells ?? []).map((c) => readProduct(c)) : [];
      if (products.length < 2 || !products.every(Boolean)) return;
      const header = body.slice(Math.max(0, i - 4), i).reverse().find((h) => h.kind === "row" && filled(h.cells ?? []).some((c) => /^(?:inherent|current|residual|target|gross|net)\b/i.test(c)));
      const names = header ? filled(header.cells ?? []).filter((c) => /^(?:inherent|current|residual|target|gross|net)\b/i.test(c)) : [];
      if (names.length !== products.length) return;
      names.forEach((n, j) => (assessed[n.toLowerCase().split(/\s/)[0]!] = products[j]!));
      if (b.start > last.start) last = b;
    });
    const current = assessed.current ?? assessed.residual ?? assessed.net;
    const inherent = assessed.inherent ?? assessed.gross;
    const target = assessed.target;
    // (The controls, a table of their own under the card: "Control | Effectiveness".)
    const controlTable = body.find((b) => b.kind === "row" && b.table !== undefined && /^controls?$/i.test(doc.tables[b.table]!.header[0]?.trim() ?? ""));
    const controls = controlTable ? tableRows(doc, doc.tables[controlTable.table!]!).map((r) => filled(r.cells ?? [])[0]).filter((c): c is string => !!c) : [];
    const owner = value("lead");
    if (!owner && !controls.length) return;
    const keyBand = ctx.keys.bands.find((x) => score >= x.from && score <= x.to);
    const band = keyBand?.name ?? rated[1]!.charAt(0) + rated[1]!.slice(1).toLowerCase();
    const category = named(/^(?:category|risk type)$/i);
    const notes = fields.filter((f) => !["lead", "trend"].includes(columnRole(f.name) ?? "") && !/^(?:category|risk type|next review)$/i.test(f.name)).map((f) => `${f.name}: ${f.value}`);
    out.push({
      type: "risk",
      id: `${meta.docId}:${ref}`,
      docId: meta.docId,
      ref,
      description: name,
      ...(category ? { category } : {}),
      ...(current ? { likelihood: current.likelihood, impact: current.impact } : {}),
      score,
      ...(inherent ? { inherentScore: inherent.score } : {}),
      ...(target ? { targetScore: target.score } : {}),
      band,
      ...(keyBand?.span ? { keySpan: keyBand.span } : {}),
      ...(value("trend") ? { trend: value("trend")! } : {}),
      ...(controls.length ? { mitigation: controls.join("; ") } : {}),
      ...(owner ? { owner } : {}),
      ...(named(/^next review$/i) ? { review: named(/^next review$/i)! } : {}),
      ...(notes.length ? { notes } : {}),
      source: doc.text.slice(title.start, last.start + last.text.length),
      sourceStart: title.start,
      locator: blockLocator(title, ["risk register"], ref),
    });
  });
  return out;
}
