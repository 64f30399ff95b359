/** Dates read from file names and text. */
import { describe, expect, it } from "vitest";
import { fileNameDay, findFullDate } from "../../src/util/dates.js";

describe("fileNameDay", () => {
  it("reads the day a file's name gives", () => {
    expect(fileNameDay("/papers/cttg-minutes-2024-06-12.pdf")).toBe("2024-06-12");
  });

  it("reads no day from a number that is not one", () => {
    expect(fileNameDay("report-v2-13-99.pdf")).toBeUndefined();
    expect(fileNameDay("grants-2024-13-01.csv")).toBeUndefined();
  });
});

describe("findFullDate", () => {
  it("reads a day written month first, as American software writes it", () => {
    expect(findFullDate("Report Generated: Dec 9, 2311 12:21 PM")?.iso).toBe("2311-12-09");
  });
});
