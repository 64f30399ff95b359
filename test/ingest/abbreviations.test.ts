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
});
