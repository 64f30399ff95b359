/** A PDF page set in two columns of justified prose reads down the left column, then down the right. */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import { BANKING_LEFT, BANKING_RIGHT, bankingBriefingPdf, transportReportPdf } from "../../helpers/papers-layouts.js";

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

describe("a landscape report whose targets table has no ruling lines", () => {
  it("reads the wide table as one table, not as two columns of prose, rated by the codes of its key sentence", async () => {
    const doc = await ingested("transport-report.pdf", await transportReportPdf());
    const targets = doc.of("target");
    expect(targets.map((t) => [t.ref, t.status, t.statusLabel])).toEqual([
      ["TB1", "Blue", "(C)"],
      ["TB2", "Red", "(R)"],
      ["TB3", "Green", "(G)"],
      ["TB4", "Amber", "(A)"],
      ["TB5", "Blue", "(C)"],
      ["TB6", "Amber", "(A)"],
      ["TB7", "Green", "(G)"],
      ["TB8", "Red", "(R)"],
    ]);
    expect(targets[1]!.text).toBe("Secure a commitment from the Government to a multi-year settlement for local roads maintenance");
    expect(targets[1]!.delivered).toBe("The Spending Review did not include one. Officers are pressing for it in the autumn.");
    expect(targets[4]!.leadPerson ?? targets[4]!.lead).toBe("Fenna Dorrit");
    // The running header of a two-page report is page furniture, not a row of the table.
    expect(doc.text).not.toContain("Transport Board | 10 September 2025 | Item 5");
  });
});
