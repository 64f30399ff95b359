import { describe, expect, it } from "vitest";
import { equivalenceGroup } from "../../src/util/lexicon.js";

describe("the lexicon of board papers", () => {
  it("reads a date pushed back as one extended or postponed", () => {
    expect(equivalenceGroup("pushed")).toBe(equivalenceGroup("extended"));
    expect(equivalenceGroup("postponed")).toBe(equivalenceGroup("extension"));
    expect(equivalenceGroup("deadline")).not.toBe(equivalenceGroup("extended"));
  });
});
