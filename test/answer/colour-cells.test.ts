/**
 * A Word tracker rated by colour alone: its status cells hold no word, only a shading fill, and a key of
 * coloured cells at the end says what each colour means. The colours are read as ratings (the cells' text
 * stays empty: quotes are what the document says), and the key's word is given with the colour.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";
import { colourOfFill, takeFillMarks, withFillMarks } from "../../src/ingest/loaders/docx-fills.js";
import { colourTrackerDocx } from "../helpers/papers-meadows.js";

describe("status cells that are only a colour", () => {
  it("lists the milestones red at the quarter asked, citing the row as written", async () => {
    await withCorpus({ "water-meadows-delivery-plan-2093-94-q2.docx": await colourTrackerDocx() }, async (a) => {
      const answer = await a.engine.ask("which water meadows milestones are red at q2?");
      expect(answer.answer).toContain("WM-02");
      expect(answer.answer).not.toContain("WM-03");
      expect(answer.citations.some((c) => c.quote.includes("WM-02") && !/\bRed\b/.test(c.quote))).toBe(true);
    });
  });

  it("gives a milestone's colour with what the key says it means", async () => {
    await withCorpus({ "water-meadows-delivery-plan-2093-94-q2.docx": await colourTrackerDocx() }, async (a) => {
      const answer = await a.engine.ask("what colour is WM-02 at q2 and what does that mean?");
      expect(answer.answer).toContain("Red");
      expect(answer.answer).toContain("Off track");
    });
  });
});

describe("colours compared between quarters", () => {
  it("lists the milestones whose colour got worse between Q1 and Q2, not those that improved", async () => {
    await withCorpus({ "water-meadows-delivery-plan-2093-94-q2.docx": await colourTrackerDocx() }, async (a) => {
      const answer = await a.engine.ask("which water meadows milestones went backwards between Q1 and Q2?");
      expect(answer.answer).toContain("WM-02");
      expect(answer.answer).toContain("WM-03");
      expect(answer.answer).not.toContain("WM-04");
      expect(answer.answer).not.toContain("WM-01");
    });
  });
});

describe("reading a cell's fill", () => {
  it("names the rating colours of common fills, and none for white or purple", () => {
    expect(["00B050", "FFC000", "FF0000", "0070C0", "BFBFBF", "FFFFFF", "7030A0"].map(colourOfFill)).toEqual(["Green", "Amber", "Red", "Blue", "Grey", undefined, undefined]);
  });

  it("marks an empty shaded cell and takes the mark out again with its line and cell", () => {
    const xml = `<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FF0000"/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:shd w:fill="FF0000"/></w:tcPr><w:p><w:r><w:t>Red</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const marked = withFillMarks(xml);
    expect(marked.match(/\uE000Red\uE001/g)?.length).toBe(1);
    const { text, fills } = takeFillMarks("Title\nWM-02\t\uE000Red\uE001\tRed");
    expect(text).toBe("Title\nWM-02\t\tRed");
    expect(fills).toEqual([{ line: 2, cell: 1, colour: "Red" }]);
  });
});
