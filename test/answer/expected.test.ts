/** What kind of value a question asks for, and whether a passage holds one. */
import { describe, expect, it } from "vitest";
import { holdsCount } from "../../src/answer/expected.js";

describe("a count asked for", () => {
  const question = "how many enforcement officers does Stowcombe have?";

  it("is held by a number of the thing counted", () => {
    expect(holdsCount("Stowcombe has 6 enforcement officers.", question)).toBe(true);
  });

  it("is not held by a time, in working days or in days", () => {
    expect(holdsCount("Councils do not have enough enforcement officers to investigate complaints within 10 working days.", question)).toBe(false);
    expect(holdsCount("Enforcement officers must reply within 5 days.", question)).toBe(false);
  });
});
