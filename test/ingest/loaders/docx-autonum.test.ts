/** Paragraph numbers a Word template leaves to AUTONUMLGL fields, which store none: written in as Word draws them. */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { stilesPackDocx } from "../../helpers/papers-stiles.js";

describe("a Word pack numbered by AUTONUMLGL fields", () => {
  it("numbers sections and paragraphs by their styles' outline levels, on from paper to paper", async () => {
    const doc = await ingested("skgtg-agenda-pack-2602-03-16.docx", await stilesPackDocx());
    const lines = doc.text.split("\n").map((l) => l.trim());
    for (const line of [
      "1 Background",
      "1.1 The inspection cycle was agreed in June 2601.",
      "1.2 Four rights of way officers carry out the inspections.",
      "2 Next steps",
      "2.1 Quarter 4 figures will be reported in June 2602.",
      "3 Bids received",
      "3.1 Eleven councils bid for a total of £212,000.",
      "3.2 The panel moderated the scores on Monday 15 February 2602.",
    ]) {
      expect(lines.some((l) => l.replace(/\s+/g, " ") === line)).toBe(true);
    }
  });
});
