/**
 * A document's own abbreviations: "Remote Peer Support (RPS)" in the text, or a legend line such as
 * "LA = Leadership Academy". Search and answer selection read "RPS" as "Remote Peer Support" in that
 * document only.
 */

const INLINE = /\b((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|&|in|on|to)\s+)?){1,7})\(([A-Z][A-Za-z]{1,7})\)/g;
const LEGEND = /(?:^|\n|\|\s)([A-Z][A-Za-z]{1,7})\s*=\s*([A-Z][^=|\n]{2,60}?)(?=$|\n|\s\||\s[A-Z][A-Za-z]{1,7}\s*=)/g;

/**
 * A legend's line naming a code in brackets after its label, the label not spelling it out: "Awaiting
 * upgrade (AWAIT)", "Upgrade in progress (WIP)" (a map's legend edited to carry its layer's codes).
 */
const LEGEND_LINE = /(?<=^|\n)([A-Z][^\n()|]{2,60}?)\s*\(([A-Z]{2,8})\)[ \t]*(?=\n|$)/g;

/**
 * A statistics table's shorthand, as its key says it: "[c] = confidential (fewer than 5, not shown); [x] =
 * not available".
 */
const SHORTHAND_KEY = /(\[[a-z]{1,2}\])\s*=\s*([^;\n=]{3,80}?)(?=\s*;|\.?\s*$|\.\s|\s*\n)/gm;

export function findAbbreviations(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(INLINE)) {
    const words = m[1]!.trim().split(/\s+/);
    const capitals = m[2]!.replace(/[a-z]/g, "").length;
    // Take words from the end until as many capitalised words as the abbreviation has capitals.
    // (A hyphenated name gives a capital for each part: "Kofi Amankwah-Hurst (KAH)".)
    const capitalsOf = (w: string) => w.split(/[-‐]/).filter((part) => /^[A-Z]/.test(part)).length;
    let taken = 0;
    let from = words.length;
    while (from > 0 && taken < capitals) {
      from--;
      taken += capitalsOf(words[from]!);
    }
    if (taken === capitals && !map.has(m[2]!)) map.set(m[2]!, words.slice(from).join(" "));
  }
  for (const m of text.matchAll(LEGEND)) if (!map.has(m[1]!)) map.set(m[1]!, m[2]!.trim());
  for (const m of text.matchAll(SHORTHAND_KEY)) if (!map.has(m[1]!)) map.set(m[1]!, m[2]!.trim());
  // (Two such lines at least, as a legend lists its codes: a heading's "(DRAFT)" is no code.)
  const legendLines = [...text.matchAll(LEGEND_LINE)];
  if (legendLines.length >= 2) for (const m of legendLines) if (!map.has(m[2]!)) map.set(m[2]!, m[1]!.trim());
  return map;
}

/** The long forms of the abbreviations that `text` uses, as "RPS = Remote Peer Support" pairs. */
export function abbreviationsUsed(text: string, map: Map<string, string>): string[] {
  if (map.size === 0) return [];
  const used = [...new Set(text.match(/\b[A-Z][A-Za-z]{1,7}\b/g) ?? [])].filter((a) => map.has(a) && !text.includes(map.get(a)!));
  return used.map((a) => `${a} = ${map.get(a)}`);
}
