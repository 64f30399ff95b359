import { describe, expect, it } from "vitest";
import { parsePeriods } from "../../src/answer/query.js";

const ranged = (q: string) => parsePeriods(q).map((p) => [p.label, p.inRange]);

describe("parsePeriods", () => {
  it("reads both ends of a range", () => {
    expect(ranged("funding from 2010-11 to 2017-18")).toEqual([
      ["2010-11", true],
      ["2017-18", true],
    ]);
    expect(ranged("staffing between Dec-17 and Mar-19")).toEqual([
      ["Dec-17", true],
      ["Mar-19", true],
    ]);
    expect(ranged("staffing Dec-17 - Mar-19")).toEqual([
      ["Dec-17", true],
      ["Mar-19", true],
    ]);
  });

  it("does not take a list of periods, or a dash before one, for a range", () => {
    expect(ranged("registered users - march 2019 vs dec 2020?")).toEqual([
      ["march 2019", false],
      ["dec 2020", false],
    ]);
    expect(ranged("registered users in March 2019 and December 2020")).toEqual([
      ["March 2019", false],
      ["December 2020", false],
    ]);
  });
});
