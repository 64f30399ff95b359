import { describe, expect, it } from "vitest";
import { docMatchesPeriod } from "../../src/answer/lookup/scope.js";
import type { StoredDocument } from "../../src/index/index.js";
import type { DocMeta } from "../../src/ingest/metadata.js";

const reportOf = (meta: Partial<DocMeta>): StoredDocument =>
  ({ meta: { docId: "r", title: "Report", date: "2098-09", period: "September 2098", financialYear: "2098/99", kind: "performance report", publisher: "LGA", covers: [], ...meta } }) as unknown as StoredDocument;

describe("docMatchesPeriod, a calendar year against the quarters a report covers", () => {
  it("puts quarters 1 to 3 in the year the financial year starts, quarter 4 in the next", () => {
    const q2 = reportOf({ covers: [{ kind: "month", iso: "2098-09" }, { kind: "quarter", financialYear: "2098/99", quarter: 2 }] });
    expect(docMatchesPeriod(q2, { kind: "year", year: 2098, label: "2098", inRange: false })).toBe(true);
    expect(docMatchesPeriod(q2, { kind: "year", year: 2099, label: "2099", inRange: false })).toBe(false);
    const q4 = reportOf({ date: "2099-03", covers: [{ kind: "quarter", financialYear: "2098/99", quarter: 4 }] });
    expect(docMatchesPeriod(q4, { kind: "year", year: 2099, label: "2099", inRange: false })).toBe(true);
  });

  it("still matches a year to both calendar years of a financial year the report covers whole", () => {
    const year = reportOf({ date: "2099-03", covers: [{ kind: "financial_year", financialYear: "2098/99" }] });
    expect(docMatchesPeriod(year, { kind: "year", year: 2098, label: "2098", inRange: false })).toBe(true);
    expect(docMatchesPeriod(year, { kind: "year", year: 2099, label: "2099", inRange: false })).toBe(true);
  });
});
