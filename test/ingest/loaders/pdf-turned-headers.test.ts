/**
 * A spreadsheet printed to PDF: its column headers turned to run up their boxed cells, a boxed key beside a
 * boxed summary on the same rows, and a footer that counts pages and names each page's sheet.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFile } from "../../../src/ingest/loaders/index.js";
import { harboursTrackerPdf } from "../../helpers/papers-harbours.js";

async function trackerText(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "lga-turned-")), "harbours-tracker-2070-71-q3.pdf");
  writeFileSync(path, await harboursTrackerPdf());
  return (await loadFile(path)).text;
}

describe("a printed spreadsheet with turned headers", () => {
  it("reads each turned header in its own cell of the header row, the lines of a cell in order", async () => {
    const lines = (await trackerText()).split("\n");
    const header = lines.find((l) => l.startsWith("Ref\t"));
    expect(header?.split("\t")).toEqual(["Ref", "Milestone", "Lead officer", "Q1 Apr–Jun", "Q2 Jul–Sep", "Q3 Oct–Dec", "Q4 Jan–Mar", "Spend to date £k"]);
    // (Not left over after the page's text.)
    expect(lines.filter((l) => l.trim() === "Q1 Apr–Jun")).toEqual([]);
  });

  it("keeps a boxed key and a boxed summary beside it two tables", async () => {
    const lines = (await trackerText()).split("\n");
    expect(lines).toContain("R\tOff track\tRed\tWill not be delivered on time.");
    expect(lines).toContain("R – Off track\t0\t0\t2");
  });

  it("drops a footer that counts pages, though it names a different sheet on each page", async () => {
    expect(await trackerText()).not.toMatch(/Page [12] of 2/);
  });
});
