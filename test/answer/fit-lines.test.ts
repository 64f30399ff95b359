/** Answer lines fitted to the screen limit: trailing lines dropped (and said so), a first line never lost. */
import { describe, expect, it } from "vitest";
import { fitLines } from "../../src/answer/engine.js";

describe("fitLines", () => {
  it("drops trailing lines that do not fit and says how many", () => {
    const text = fitLines(["first line", "second line", "x".repeat(200)], 40);
    expect(text).toBe("first line\nsecond line\n…and 1 more line (see the sources).");
  });

  it("cuts a first line too long on its own rather than answering with the notice alone", () => {
    const long = `Across the eight programmes ${"spent ".repeat(60)}in total.`;
    const text = fitLines([long, "second"], 200);
    expect(text.startsWith("Across the eight programmes spent")).toBe(true);
    expect(text).toMatch(/…\n…and 1 more line \(see the sources\)\.$/);
    expect(text.length).toBeLessThanOrEqual(200);
  });

  it("shows a passage's bullet once when two of its sentences bring it twice, other lines as they are", () => {
    const bullet = "• Six bids asked for £612,500. The panel recommends £418,500 and carries £31,500 forward. (Paper, line 4)";
    const text = fitLines(["Membership:", bullet, "Membership:", bullet, "• Another passage."]);
    expect(text.split("\n")).toEqual(["Membership:", bullet, "Membership:", "• Another passage."]);
  });
});
