/**
 * A summary designed in a graphics tool and saved as PDF: letter-spaced headings, rows set far apart with
 * cells wrapped onto a second line, header cells two lines deep beside cells one line deep, and each
 * quarter's rating a pill laid over its cell under the figure, drawn after the whole table.
 */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { STILES_MEASURES, stilesSummaryPdf } from "../../helpers/papers-stiles.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A row of cells, as the text writes a table's row, alone on its line. */
const row = (...cells: string[]) => new RegExp(`(?:^|\n)${cells.map(escape).join("\\s*(?:\\t|\\|)\\s*")}(?:\n|$)`);

describe("a performance summary from a graphics tool", () => {
  it("reads letter-spaced headings as their words", async () => {
    const doc = await ingested("skgtg-q3-summary-2601-02.pdf", await stilesSummaryPdf());
    expect(doc.text).toMatch(/(?:^|\n)QUARTER 3\n/);
    expect(doc.text).toContain("HOW WE ARE DOING");
    expect(doc.text).toContain("MEASURES BY QUARTER");
  });

  it("reads each measure as one row, its wrapped cells and its pills with it, under its quarters' names", async () => {
    const doc = await ingested("skgtg-q3-summary-2601-02.pdf", await stilesSummaryPdf());
    expect(doc.text).toMatch(row("Ref", "Measure", "Target 2601/02", "Q1 Apr–Jun", "Q2 Jul–Sep", "Q3 Oct–Dec", "Lead"));
    for (const m of STILES_MEASURES) {
      expect(doc.text).toMatch(row(m.ref, m.text.join(" "), m.target, ...m.quarters.map(([figure, rating]) => `${figure} ${rating}`), m.lead.join(" ")));
    }
  });

  it("rates each measure by its latest quarter's pill, the earlier quarters' as earlier ratings", async () => {
    const doc = await ingested("skgtg-q3-summary-2601-02.pdf", await stilesSummaryPdf());
    const targets = doc.of("target");
    expect(targets.map((t) => t.ref)).toEqual(STILES_MEASURES.map((m) => m.ref));
    for (const m of STILES_MEASURES) {
      const t = targets.find((x) => x.ref === m.ref)!;
      expect(t.status).toBe(m.quarters[2]![1]);
      expect(t.otherRatings?.map((o) => o.column)).toEqual(["Q1 Apr–Jun", "Q2 Jul–Sep"]);
    }
  });
});
