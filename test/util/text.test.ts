/** The light stemmer that meets a question's words with the papers' forms of them. */
import { describe, expect, it } from "vitest";
import { stem } from "../../src/util/text.js";

describe("stem", () => {
  it("meets plurals, past tenses and -ing forms with their word", () => {
    expect(stem("councils")).toBe(stem("council"));
    expect(stem("chaired")).toBe(stem("chair"));
    expect(stem("consulting")).toBe(stem("consult"));
  });

  it("meets a noun in -ation with its verb", () => {
    expect(stem("deprivation")).toBe(stem("deprived"));
    expect(stem("consultation")).toBe(stem("consulting"));
    expect(stem("recommendations")).toBe(stem("recommended"));
    expect(stem("fluoridation")).toBe(stem("fluoride"));
  });

  it("leaves short words in -ation alone", () => {
    expect(stem("nation")).toBe("nation");
    expect(stem("station")).toBe("station");
  });
});
