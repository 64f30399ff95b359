/** A document's own abbreviations, read from "Long Form (LF)" and legend lines. */
import { describe, expect, it } from "vitest";
import { findAbbreviations } from "../../src/ingest/abbreviations.js";

describe("findAbbreviations", () => {
  it("reads a hyphenated name's initials, a capital for each part, and takes no word before it", () => {
    const text = "Officers present (initials as used in the Action by column):\nTheodora Bramall (TB) | Director, Workforce\nKofi Amankwah-Hurst (KAH) | Head of Workforce Programmes\nEbele Njoku-Lamb (ENL) | Programme Manager";
    const found = findAbbreviations(text);
    expect(found.get("TB")).toBe("Theodora Bramall");
    expect(found.get("KAH")).toBe("Kofi Amankwah-Hurst");
    expect(found.get("ENL")).toBe("Ebele Njoku-Lamb");
  });

  it("still reads plain long forms and legend lines", () => {
    const found = findAbbreviations("The Remote Peer Support (RPS) offer grew.\nLA = Leadership Academy");
    expect(found.get("RPS")).toBe("Remote Peer Support");
    expect(found.get("LA")).toBe("Leadership Academy");
  });

  it("reads a map legend's labels with their codes in brackets, when it lists two or more", () => {
    const found = findAbbreviations("Legend\nRestored and open (OPEN)\nRestoration under way (WORKS)\nAwaiting a survey (SURVEY)\n| LS1 | Gull Point | WORKS |");
    expect(found.get("SURVEY")).toBe("Awaiting a survey");
    expect(found.get("WORKS")).toBe("Restoration under way");
    // (One heading's bracketed word is no legend.)
    expect(findAbbreviations("Appendix B: the register (DRAFT)\nSome text.").has("DRAFT")).toBe(false);
  });

  it("reads a statistics table's shorthand key", () => {
    const found = findAbbreviations("Some shorthand is used in this table: [c] = confidential (fewer than 5, not shown); [x] = not available; [u] = low reliability.\nPeriod,Council");
    expect(found.get("[c]")).toBe("confidential (fewer than 5, not shown)");
    expect(found.get("[x]")).toBe("not available");
    expect(found.get("[u]")).toBe("low reliability");
  });
});
