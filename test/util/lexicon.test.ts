import { describe, expect, it } from "vitest";
import { equivalenceGroup } from "../../src/util/lexicon.js";

describe("the lexicon of board papers", () => {
  it("reads a date pushed back as one extended or postponed", () => {
    expect(equivalenceGroup("pushed")).toBe(equivalenceGroup("extended"));
    expect(equivalenceGroup("postponed")).toBe(equivalenceGroup("extension"));
    expect(equivalenceGroup("deadline")).not.toBe(equivalenceGroup("extended"));
  });

  it("reads what a contract is worth as its value", () => {
    expect(equivalenceGroup("worth")).toBeDefined();
    expect(equivalenceGroup("worth")).toBe(equivalenceGroup("value"));
    expect(equivalenceGroup("worth")).not.toBe(equivalenceGroup("budget"));
  });
});
