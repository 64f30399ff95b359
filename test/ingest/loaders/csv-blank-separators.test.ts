/** A CSV whose sections are set apart by empty records is one table under its one header row. */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { footbridgesTasksCsv } from "../../helpers/papers-footbridges.js";

describe("a task app's CSV export with an empty record after each section", () => {
  it("keeps every row under the header, not the first row after a gap read as a new header", async () => {
    const doc = await ingested("fsstg-tasks-export-2491-05-27.csv", footbridgesTasksCsv());
    const content = doc.of("cell").filter((c) => c.column === "CONTENT").map((c) => c.value);
    expect(content).toEqual(expect.arrayContaining(["FSA-11 Inspect the eight crossings left", "FSA-12 Publish the round 2 prospectus", "FSA-13 Book the assessment panel"]));
    expect(doc.of("cell").map((c) => c.column)).not.toContain("FSA-12 Publish the round 2 prospectus");
    // (The line after the last gap, one cell, is still a line of its own.)
    expect(doc.text).toMatch(/\n\s*Exported 27 May 2491\s*$/);
  });
});
