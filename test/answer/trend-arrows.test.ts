import { describe, expect, it } from "vitest";
import { directionOf } from "../../src/answer/lookup/targets.js";

describe("directionOf", () => {
  it("reads the arrows a Word symbol font draws (⇧ better, ⇩ worse) as it reads ▲ and ▼", () => {
    expect(directionOf("⇧")).toBe("better");
    expect(directionOf("⇩")).toBe("worse");
    expect(directionOf("⇨")).toBeUndefined();
    expect(directionOf("▲")).toBe("better");
  });
});
