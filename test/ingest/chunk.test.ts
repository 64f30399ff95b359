import { describe, expect, it } from "vitest";
import { structure } from "../../src/ingest/structure.js";
import { chunkDocument } from "../../src/ingest/chunk.js";
import type { DocMeta } from "../../src/ingest/metadata.js";

const meta = { docId: "notes", title: "Notes", period: "March 2047" } as DocMeta;

describe("chunkDocument", () => {
  it("starts a new passage at a heading after a section's short last line, so the next item is cited under its own heading", () => {
    // (Six items that fill a passage but for the section's short last line, which begins the next one.)
    const item = (n: number) => `${n}. Members discussed the survey of almshouse charities, and the figures it gives for repairs backlogs by region and by size.`.padEnd(143, " x");
    const text = ["## 2. Almshouse repairs survey", "", ...[1, 2, 3, 4, 5, 6].map((n) => `- ${item(n)}`), "- Rest of the survey noted.", "", "## 3. Policy budget Q3", "", "- Decision: virement of £4,500 to research agreed."].join("\n");
    const chunks = chunkDocument(structure({ format: "markdown", text }), meta);
    const decision = chunks.find((c) => c.text.includes("virement of £4,500"))!;
    expect(decision.locator.section).toEqual(["3. Policy budget Q3"]);
    expect(decision.text).not.toContain("Rest of the survey noted.");
  });
});
