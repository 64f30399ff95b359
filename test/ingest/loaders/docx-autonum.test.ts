/** Paragraph numbers a Word template leaves to AUTONUMLGL fields, which store none: written in as Word draws them. */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { stilesPackDocx } from "../../helpers/papers-stiles.js";
import { withAutoNumbers } from "../../../src/ingest/loaders/docx-autonum.js";

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

describe("AUTONUMLGL numbers Word draws from outline levels", () => {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const field = (level: number, text: string) =>
    `<w:p><w:pPr><w:outlineLvl w:val="${level}"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> AUTONUMLGL \\e </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const numbers = (xml: string) => [...withAutoNumbers(`<w:document xmlns:w="${W}"><w:body>${xml}</w:body></w:document>`, undefined).matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]);

  it("counts a level with none above it as 1 (the first such paragraph above it is that 1), and body text (level 9) as the first level", () => {
    expect(numbers(field(1, "a") + field(1, "b") + field(0, "c") + field(2, "d"))).toEqual(["1.1", "1.2", "1", "1.1.1"]);
    expect(numbers(field(9, "a") + field(9, "b"))).toEqual(["1", "2"]);
  });

  it("numbers a simple field too, and leaves a field with a result of its own alone", () => {
    const simple = `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:fldSimple w:instr=" AUTONUMLGL \\e "/><w:r><w:t>a</w:t></w:r></w:p>`;
    const withResult = `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> AUTONUMLGL \\e </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    expect(numbers(simple + withResult)).toEqual(["1"]);
  });
});
