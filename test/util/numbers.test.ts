import { describe, expect, it } from "vitest";
import { NUMBER_IN_WORDS, wordsToNumber } from "../../src/util/numbers.js";

describe("numbers in words", () => {
  it("reads one to ninety-nine, hyphenated or not, and nothing else", () => {
    expect(["Twenty-three", "twenty three", "eleven", "Ninety", "one"].map(wordsToNumber)).toEqual([23, 23, 11, 90, 1]);
    expect(["twenty-eleven", "hundred", "zero", "onetwo"].map(wordsToNumber)).toEqual([undefined, undefined, undefined, undefined]);
    expect(NUMBER_IN_WORDS.exec("Twenty-three councils applied")?.[0]).toBe("Twenty-three");
    expect(NUMBER_IN_WORDS.test("someone attended")).toBe(false);
  });
});
