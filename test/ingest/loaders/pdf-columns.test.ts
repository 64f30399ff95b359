/** A PDF page set in two columns of justified prose reads down the left column, then down the right. */
import { describe, expect, it } from "vitest";
import { ingested } from "../../helpers/corpus.js";
import {
  BANKING_LEFT,
  BANKING_RIGHT,
  BANKING_TABLE,
  WRAPPED_TARGETS,
  CULTURE_HEADER,
  CULTURE_ROWS,
  shadedHeaderScorecardPdf,
  spanningHeaderReportPdf,
  ARCHIVES_ROWS,
  bankingBriefingPdf,
  bankingColumnsOffsetPdf,
  transportReportPdf,
  wrappedCellsReportPdf,
} from "../../helpers/papers-layouts.js";

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

describe("two columns whose lines never share a baseline, above a full-width table", () => {
  it("still reads down the left column, then the right, and leaves the table's rows whole", async () => {
    const doc = await ingested("banking-offset.pdf", await bankingColumnsOffsetPdf());
    const text = squash(doc.text);
    const paragraphs = [...BANKING_LEFT, "What councils told us", ...BANKING_RIGHT];
    for (const para of paragraphs) expect(text).toContain(squash(para));
    const at = paragraphs.map((para) => text.indexOf(squash(para)));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // The table under the columns is still a table, a row per area, read after both columns.
    const rowAt = (row: string[]) => doc.text.search(new RegExp(row.join("\\s*(?:\\t|\\|)\\s*")));
    for (const row of BANKING_TABLE) expect(rowAt(row), row.join(" | ")).toBeGreaterThan(doc.text.indexOf("The Board is asked to agree"));
  });
});

describe("a table whose long cells wrap beside short ones", () => {
  it("is one table, not two columns of prose, every target with its progress whole", async () => {
    const doc = await ingested("wrapped-report.pdf", await wrappedCellsReportPdf());
    const targets = doc.of("target");
    expect(targets.map((t) => t.ref)).toEqual(WRAPPED_TARGETS.map((t) => t[0]));
    expect(targets.map((t) => t.text)).toEqual(WRAPPED_TARGETS.map((t) => t[1]));
    expect(targets[1]!.delivered).toBe(WRAPPED_TARGETS[1]![4]);
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
    // The running header of a two-page report is page furniture, not a row of the table: only the first
    // page's stays, on a line of its own, for it dates the paper.
    const headerLines = doc.text.split("\n").filter((l) => l.includes("Transport Board | 10 September 2025 | Item 5"));
    expect(headerLines).toHaveLength(1);
    expect(headerLines[0]).not.toContain("\t");
    expect(doc.text.indexOf(headerLines[0]!)).toBeLessThan(doc.text.indexOf("TB1"));
  });
});

describe("a scorecard with a shaded header wrapped over three lines and figures aligned right", () => {
  it("keeps the header a row of its own and every figure in the column it is printed under", async () => {
    const doc = await ingested("culture-scorecard.pdf", await shadedHeaderScorecardPdf());
    const rows = doc.text
      .split("\n")
      .filter((l) => l.includes(" | "))
      .map((l) => l.split(" | "));
    expect(rows).toEqual([CULTURE_HEADER, ...CULTURE_ROWS]);
    const targets = doc.of("target");
    expect(targets.map((t) => [t.ref, t.statusLabel ?? t.status, t.trend])).toEqual(CULTURE_ROWS.map((r) => [r[0], r[7], r[6]]));
  });
});

describe("a table drawn column by column under a header cell spanning three columns", () => {
  it("reads the header's two lines as its header row and every figure, set right, under its own column", async () => {
    const doc = await ingested("archives-progress.pdf", await spanningHeaderReportPdf());
    const rows = doc.text
      .split("\n")
      .filter((l) => l.includes(" | "))
      .map((l) => l.split(" | "));
    // The header's first line is a row of the table, its cells apart; the rows keep every figure in its column.
    expect(rows[0]).toEqual(expect.arrayContaining(["Ref", "Measure", "Lead member", "Outturn 2024/25", "2025/26", "Target 2025/26", "Status"]));
    expect(rows.slice(-3)).toEqual(ARCHIVES_ROWS);
    expect(doc.of("target").map((t) => [t.ref, t.statusLabel ?? t.status])).toEqual([
      ["AR-01", "A"],
      ["AR-02", "B"],
      ["AR-03", "R"],
    ]);
  });
});
