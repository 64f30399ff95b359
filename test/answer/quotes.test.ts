/** The verbatim test every shown quote passes, on a markdown file whose links a reader sees as their words. */
import { describe, expect, it } from "vitest";
import { VerbatimChecker } from "../../src/answer/quotes.js";

const MD = "# Data standard ![Version 1.1.0](CHANGELOG.md)\n\n* Status: superseded by [FRD-03](#frd-03-later-closing-date)\n";
const checker = new VerbatimChecker(MD);

describe("verbatim check of a markdown file", () => {
  it("accepts a quote of a link's words, as a reader sees them", () => {
    expect(checker.check("Status: superseded by FRD-03")).toBe(true);
  });

  it("refuses a quote that carries markdown's link syntax, which no reader sees", () => {
    expect(checker.check("Data standard ![Version 1.1.0](CHANGELOG.md)")).toBe(false);
  });

  it("still refuses words that are not the file's", () => {
    expect(checker.check("Status: accepted by FRD-03")).toBe(false);
  });
});
