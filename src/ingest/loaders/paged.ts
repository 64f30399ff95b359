import type { PageSpan } from "./types.js";

/**
 * A rewrite of a text applied page by page, its page spans moved to match (a page's text may grow or
 * shrink); the text between pages (their form feeds) kept as it is. Without pages, the whole text at once.
 */
export function mapPages(text: string, pages: PageSpan[] | undefined, rewrite: (page: string) => string): { text: string; pages?: PageSpan[] } {
  if (!pages?.length) return { text: rewrite(text) };
  let out = "";
  let at = 0;
  const spans: PageSpan[] = [];
  for (const p of pages) {
    out += text.slice(at, p.start);
    const start = out.length;
    out += rewrite(text.slice(p.start, p.end));
    spans.push({ number: p.number, start, end: out.length });
    at = p.end;
  }
  out += text.slice(at);
  return { text: out, pages: spans };
}
