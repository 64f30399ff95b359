/** A PDF page set in two columns of justified prose reads down the left column, then down the right. */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { BANKING_LEFT, BANKING_RIGHT, bankingBriefingPdf } from "../../helpers/papers-layouts.js";

const squash = (s: string) => s.replace(/-\s+/g, "-").replace(/\s+/g, " ").trim();

describe("a two-column PDF briefing", () => {
  it("keeps each column's paragraphs whole and in reading order", async () => {
    const doc = await ingested("banking-briefing.pdf", await bankingBriefingPdf());
    const text = squash(doc.text);
    const paragraphs = [...BANKING_LEFT, ...BANKING_RIGHT];
    // Every paragraph is there as written, not interleaved with the other column's lines.
    for (const para of paragraphs) expect(text).toContain(squash(para));
    const at = paragraphs.map((para) => text.indexOf(squash(para)));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // Prose, not a table of two columns.
    expect(doc.of("cell")).toEqual([]);
    expect(doc.text).not.toContain("\t");
    expect(doc.meta.title).toBe("Coastal Communities Board – briefing on bank closures");
  });
});
