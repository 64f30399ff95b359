/**
 * The real LGA performance report as published (bordered tables, status cells, rows broken over pages).
 * Skipped where the shared corpus is not available (e.g. CI).
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPdf } from "../../../src/ingest/loaders/pdf.js";

const PDF = "/work/shared/corpus-pdf/lga-performance-report-2019-03.pdf";

describe.skipIf(!existsSync(PDF))("corpus PDF: lga-performance-report-2019-03.pdf", () => {
  const loaded = existsSync(PDF) ? loadPdf(PDF) : Promise.reject(new Error("no corpus"));
  const rows = async (key: string) =>
    (await loaded).text
      .split("\n")
      .map((l) => l.split("\t"))
      .filter((cells) => cells[0] === key);

  it("has 41 pages", async () => {
    const r = await loaded;
    expect(r.pages).toHaveLength(41);
  });

  it("puts target 1.2 on one line with Red in its own cell", async () => {
    const r = await rows("1.2");
    expect(r).toHaveLength(1);
    expect(r[0]).toHaveLength(4);
    expect(r[0]![1]).toMatch(/^Reducing the number of councils that have not had a corporate peer challenge/);
    expect(r[0]![3]).toBe("Red");
  });

  it("puts target 11.4 (broken over three pages) on one line with Green in its own cell", async () => {
    const r = await rows("11.4");
    expect(r).toHaveLength(1);
    expect(r[0]![3]).toBe("Green");
    expect(r[0]![2]).toContain("We continued to host and manage the business of the LGA Cyber Security");
  });

  it("gives F1 its lead, status and impact cells", async () => {
    const r = await rows("F1");
    expect(r).toHaveLength(1);
    expect(r[0]).toHaveLength(6);
    expect(r[0]![2]).toBe("Nicola Morton All Boards");
    expect(r[0]![4]).toBe("Amber");
    expect(r[0]![5]).toMatch(/^This continues to highlight the difficulties faced by councils/);
  });

  it("keeps every policy, supporting-councils and risk row whole", async () => {
    const keys = [
      ...["F1", "F2", "F3", "F4", "F5", "F6", "B1"],
      ...Array.from({ length: 7 }, (_, i) => `ASC${i + 1}`),
      ...Array.from({ length: 14 }, (_, i) => `12.${i + 1}`),
      ...Array.from({ length: 19 }, (_, i) => `SR${i + 1}`),
    ];
    for (const k of keys) expect((await rows(k)).length, k).toBe(1);
    const sr4 = (await rows("SR4"))[0]!;
    expect(sr4.slice(0, 2)).toEqual(["SR4", "Effectiveness"]);
    expect(sr4.slice(3, 6)).toEqual(["5", "3", "15"]);
  });

  it("does not repeat the table header row on continuation pages", async () => {
    const text = (await loaded).text;
    const headers = text.split("\n").filter((l) => l.startsWith("\t\tBoard/lead\t"));
    expect(headers).toHaveLength(1);
  });
});
