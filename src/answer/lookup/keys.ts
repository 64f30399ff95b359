/**
 * What a report's rating codes mean, read from its own key ("Key: G = on track, A/G = minor issues, A =
 * some risk …", "Green – on track; Amber – at risk"): the answer to "what's A/G vs A?" or "what does NR
 * mean on the I&I update?", each code's meaning as the key writes it, the key line quoted.
 */
import { colourRating, ratingOf } from "../../ingest/vocabulary.js";
import type { TypedQuery } from "../query.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";

interface KeyEntry {
  code: string;
  meaning: string;
}

interface KeyLine {
  docId: string;
  start: number;
  end: number;
  entries: KeyEntry[];
}

/**
 * A line that says it is a key and pairs at least two codes with meanings; or a key laid out as a table,
 * consecutive rows each pairing a rating word with its colour ("Some risk | Amber | There are risks …").
 */
function keyLines(docId: string, text: string): KeyLine[] {
  const found: KeyLine[] = [];
  let at = 0;
  let rows: { entry: KeyEntry; start: number; end: number; colour: string }[] = [];
  // (A key gives each colour once; a table of ratings repeats them.)
  const closeRows = () => {
    if (rows.length >= 2 && rows.length <= 8 && new Set(rows.map((r) => r.colour)).size === rows.length) found.push({ docId, start: rows[0]!.start, end: rows[rows.length - 1]!.end, entries: rows.map((r) => r.entry) });
    rows = [];
  };
  for (const line of text.split("\n")) {
    const start = at;
    at += line.length + 1;
    const cells = line.split(" | ").map((c) => c.trim());
    const colourAt = cells.findIndex((c) => colourRating(c));
    // A row pairing a rating word with its colour, or with what it means ("Partially achieved | Some of …").
    const colour = colourAt >= 0 ? colourRating(cells[colourAt]) : cells[1] && cells[1].split(/\s+/).length >= 4 ? ratingOf(cells[0]) : undefined;
    // (A symbol's row may say its word as well: "▲ | Drifting | Behind plan … | Amber".)
    const symbol = !/[\p{L}\p{N}]/u.test(cells[0] ?? "") && (cells[0] ?? "").length <= 3;
    if (cells.length >= 2 && cells.length <= (symbol ? 4 : 3) && colour && cells[0]!.length <= 30) {
      rows.push({ entry: { code: cells[0]!, meaning: cells.slice(1).join(" – ") }, start, end: start + line.length, colour });
      continue;
    }
    closeRows();
    // (Or a field's numbered codes in a line of their own: "status_cd: 1 = on or better than target; 2 = …".)
    const numbered = NUMBERED_KEY_LINE.test(line);
    if (line.length > 400 || (!/\b(?:key|legend)\b/i.test(line) && !numbered)) continue;
    const body = numbered ? line.replace(/^[^:=]{1,40}:\s*/, "") : line.replace(/^.*?\b(?:key|legend)\b\s*[:–—-]?\s*/i, "");
    // "G = on track" pairs when the key uses "="; "Green – on track" or "Green: on track" otherwise.
    // (With "=", a meaning runs on to the next code, commas and all: "Drifting = amber, slipping, but
    // recoverable with action in hand; On course = green, …".)
    const marks = body.includes("=") ? [...body.matchAll(/(?:^|[;,]\s*)([^=;,]{1,24}?)\s*=\s*/g)] : [];
    const entries = marks.length
      ? marks
          .map((m, k) => ({ code: m[1]!.trim(), meaning: body.slice(m.index! + m[0].length, marks[k + 1]?.index ?? body.length).trim().replace(/[.;,]+$/, "") }))
          .filter((e) => e.code && e.meaning && e.meaning.length <= 160)
      : body
          .split(/\s*[;,]\s*/)
          .map((part) => part.split(/\s*(?:–|—|:| - )\s*/))
          .filter((pair) => pair.length === 2 && pair[0]!.length <= 24 && pair[1]!.length > 0 && pair[1]!.length <= 80)
          .map(([code, meaning]) => ({ code: code!.trim(), meaning: meaning!.trim().replace(/[.;]$/, "") }));
    if (entries.length >= 2) found.push({ docId, start: start + line.length - line.trimStart().length, end: start + line.trimEnd().length, entries });
  }
  closeRows();
  return found;
}

/** A line giving a field's codes by number: "status_cd: 1 = on target; 2 = within tolerance; …". */
const NUMBERED_KEY_LINE = /^[^:=]{1,40}:\s*\d{1,2}\s*=\s*[A-Za-z][^;]*;\s*\d{1,2}\s*=/;

const squash = (s: string) => s.replace(/\s+/g, "").toLowerCase();

/** The key's entry a question's code names: the code itself, its colour, or the meaning's words. */
function entryFor(asked: string, entries: KeyEntry[]): KeyEntry | undefined {
  const exact = entries.find((e) => squash(e.code) === squash(asked) || squash(e.meaning) === squash(asked));
  if (exact) return exact;
  // A symbol asked for by its shape: "the triangle" is the key's ▲.
  const shape = SHAPES.find(([word]) => word.test(asked))?.[1];
  if (shape) return entries.find((e) => shape.test(e.code.trim()));
  const colour = ratingOf(asked);
  // (Its colour, as the code or as the key's colour column says it.)
  return colour ? entries.find((e) => ratingOf(e.code) === colour || e.meaning.split(/ – |,\s*/).some((m) => colourRating(m) === colour)) : undefined;
}

/** Shapes people name a key's symbols by, and the symbols of each. */
const SHAPES: [RegExp, RegExp][] = [
  [/^triangles?$/i, /^[▲△▼▽►◄▶◀]$/],
  [/^(?:circles?|dots?|blobs?)$/i, /^[●○◯•⬤]$/],
  [/^squares?$/i, /^[■□▪▫⬛⬜]$/],
  [/^ticks?$/i, /^[✔✓☑]$/],
  [/^crosse?s?$/i, /^[✗✘✕×☒]$/],
  [/^diamonds?$/i, /^[◆◇♦]$/],
  [/^stars?$/i, /^[★☆]$/],
];

export function lookupKeyMeanings(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  if (query.keyCodes.length === 0 || !ctx.textOf) return undefined;
  const ofBoard = query.board ? ctx.documents.filter((d) => d.meta.board === query.board) : [];
  const docs = ofBoard.length ? ofBoard : ctx.documents;
  const finding = emptyFinding();
  for (const doc of docs) {
    for (const key of keyLines(doc.meta.docId, ctx.textOf(doc.meta.docId) ?? "")) {
      const meant = query.keyCodes.map((c) => entryFor(c, key.entries)).filter((e): e is KeyEntry => !!e);
      if (meant.length < query.keyCodes.length) continue;
      const others = key.entries.filter((e) => !meant.includes(e));
      finding.lines.push(
        `In the key of ${doc.meta.title}${doc.meta.period ? ` (${doc.meta.period})` : ""}: ${[...new Set(meant)].map((e) => `${e.code} = ${e.meaning.replace(/[.;]+$/, "")}`).join("; ")}.`,
        ...(others.length ? [`The key's other codes: ${others.map((e) => `${e.code} = ${e.meaning.replace(/[.;]+$/, "")}`).join("; ")}.`] : []),
      );
      finding.evidence.push({ docId: key.docId, start: key.start, end: key.end, locator: { ...(ctx.locate?.(key.docId, key.start) ?? { section: [] }), row: "rating key" } });
      break;
    }
    if (finding.evidence.length >= 2) break;
  }
  return finding.evidence.length ? finding : undefined;
}
