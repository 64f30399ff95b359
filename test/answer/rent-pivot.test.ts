/**
 * A spreadsheet's table printed to PDF with its headers set right over its figures and a region only on
 * its group's first row: each header over its own figures, a row found by its market though its region is
 * carried down, and the lowest rate among the markets, not their subtotals.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";
import { marketsPivotsCsv, marketsRentPdf } from "../helpers/papers-markets.js";

const corpus = async () => ({ "markets-rent-collection-2071-72-q2.pdf": await marketsRentPdf() });

describe("a printed table whose headers are set right over its figures", () => {
  it("reads each header over its own column, a row's rate named by its market under a carried-down region", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("what was the rent collection rate for kirkgate market?");
      expect(answer.found).toBe(true);
      expect(answer.answer).toMatch(/Collection rate:? 84\.4%/);
      expect(answer.answer).toMatch(/Rent collected \(£\):? 177,900/);
      expect(answer.citations.some((c) => c.quote.includes("Kirkgate Market") && c.quote.includes("84.4%"))).toBe(true);
    });
  });

  it("gives the market with the worst collection rate, not a subtotal, by its market", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("which market had the worst rent collection rate?");
      expect(answer.answer).toContain("Ipswich Market");
      expect(answer.answer).toContain("74.1%");
      expect(answer.answer).toContain("lowest");
    });
  });
});

describe("pivot tables with filter fields above them", () => {
  it("reads the pivot under its fields as a table of its own: its total by its header", async () => {
    await withCorpus({ "markets-pivots-2071-72.csv": marketsPivotsCsv }, async (a) => {
      const answer = await a.engine.ask("what is the forecast outturn in total for 2071/72?");
      expect(answer.answer).toContain("20600");
      expect(answer.answer).toMatch(/Sum of Forecast outturn/);
    });
  });

  it("reads a column per year as the header, not as a row of figures", async () => {
    await withCorpus({ "markets-pivots-2071-72.csv": marketsPivotsCsv }, async (a) => {
      const answer = await a.engine.ask("how many relocation ballots were there in 2070?");
      expect(answer.answer).toMatch(/2070:? 2\b/);
      expect(answer.citations.some((c) => c.quote.includes("Relocation") && c.quote.includes("11"))).toBe(true);
    });
  });
});
