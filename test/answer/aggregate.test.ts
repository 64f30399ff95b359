/** Sums and extremes over a table's rows, from a table of a paper made here. */
import { describe, expect, it } from "vitest";
import { parseFigure } from "../../src/answer/lookup/aggregate.js";
import { withCorpus } from "../helpers/assistant.js";
import { asDocument, isVerbatim } from "../helpers/verbatim.js";

const grants = [
  "# Village halls fund: grants for 2025/26",
  "",
  "This paper asks the Rural Services Board to agree the village halls fund's grants for 2025/26.",
  "",
  "## Proposed grants",
  "",
  "| Council | County | Grant 2025/26 | Change on 2024/25 |",
  "|---|---|---|---|",
  "| Eden District Council | Cumbria | £12,500 | +£1,500 |",
  "| Allerdale Borough Council | Cumbria | £9,000 | -£4,000 [^1] |",
  "| Mendip District Council | Somerset | £15,250 | +£2,000 |",
  "| Sedgemoor District Council | Somerset | £7,000 | -£1,000 |",
  "| Ryedale District Council | North Yorkshire | £11,000 | no change |",
  "| Total | | £54,750 | -£1,500 |",
  "",
  "[^1]: Its 2024/25 grant included a one-off £4,000 for a new roof.",
].join("\n");

describe("parseFigure", () => {
  it("reads money, signs, footnote markers and scales, and nothing that is not a figure", () => {
    expect(parseFigure("-£4,000 [^1]")).toMatchObject({ value: -4000, signed: true, money: true });
    expect(parseFigure("+£1,500")?.value).toBe(1500);
    expect(parseFigure("£1.2m")?.value).toBe(1_200_000);
    expect(parseFigure("12.5%")?.value).toBe(12.5);
    expect(parseFigure("no change")).toBeUndefined();
    expect(parseFigure("Cumbria")).toBeUndefined();
  });
});

describe("sums and extremes over a table's rows", () => {
  it("adds up the rows a label of the question picks out, citing each", async () => {
    await withCorpus({ "village-halls-grants.md": grants }, async (local) => {
      const a = await local.engine.ask("how much in total are the Somerset councils getting from the village halls fund?");
      expect(a.found).toBe(true);
      expect(a.answer).toMatch(/£22,250 in total/);
      expect(a.answer).toMatch(/Mendip District Council: £15,250/);
      expect(a.answer).not.toMatch(/Eden|Allerdale|Ryedale/);
      expect(a.citations.map((c) => c.quote).join("\n")).toContain("Sedgemoor District Council | Somerset | £7,000");
      for (const c of a.citations) expect(isVerbatim(c.quote, [asDocument(grants)])).toBe(true);
    });
  });

  it("finds the biggest fall in a change column, and the highest figure, leaving the total row out", async () => {
    await withCorpus({ "village-halls-grants.md": grants }, async (local) => {
      const fall = await local.engine.ask("which council's village hall grant dropped the most compared with last year?");
      expect(fall.answer).toMatch(/^Allerdale Borough Council: -£4,000/);
      const most = await local.engine.ask("which council gets the biggest village halls grant?");
      expect(most.answer).toMatch(/^Mendip District Council: £15,250/);
      expect(most.answer).not.toMatch(/^Total/);
    });
  });
});
