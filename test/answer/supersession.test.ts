/**
 * A decision log kept newest first, whose entries are never edited: a later entry that replaces an earlier
 * one is shown after the earlier one is quoted, in whatever file says so.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";
import { entryRefAt, supersessionsOf } from "../../src/answer/supersession.js";

const log = `# Canal Towpaths Working Group – record of decisions 2071/72

Entries are added at the top and never changed.

### CTW-07 — Towpath survey grant (Chair's action, 3 March 2072)

- **Decision:** Raised the towpath survey grant from £2,400 to £3,150 per council. The number of grants stays at nine.
- **Replaces:** CTW-04 (grant amount only)
- **Logged by:** Wendell Oakes

### CTW-05 — Lock-keepers' cottages

- **Decision:** The cottages report to go to the June meeting.
- **Logged by:** Wendell Oakes

### CTW-04 — Towpath survey grant (meeting of 12 January 2072)

- **Decision:** Agreed nine towpath survey grants of £2,400 per council, for surveys finished by 30 September 2072.
- **Logged by:** Wendell Oakes
`;

describe("what replaced a log's entry", () => {
  it("follows an earlier decision quoted with the later entry that replaces it, quoting both verbatim", async () => {
    await withCorpus({ "canal-towpaths-decisions-2071-72.md": log }, async (a) => {
      const answer = await a.engine.ask("how much is the towpath survey grant per council?");
      expect(answer.found).toBe(true);
      expect(answer.answer).toContain("£3,150");
      expect(answer.answer).toContain("superseded by CTW-07");
      expect(answer.citations.some((c) => c.quote.includes("Replaces:") && c.quote.includes("CTW-04"))).toBe(true);
      expect(answer.citations.some((c) => c.quote.includes("from £2,400 to £3,150 per council"))).toBe(true);
    });
  });

  it("finds an entry by the reference opening the nearest line above, not past a rule", () => {
    const text = "DL-3 (logged 1 May)\nDecision: yes.\n\n-----\nNo reference here.\n";
    expect(entryRefAt(text, text.indexOf("Decision"))?.ref).toBe("DL-3");
    expect(entryRefAt(text, text.indexOf("No reference"))).toBeUndefined();
  });

  it("says nothing of an entry no other entry replaces", () => {
    const at = log.indexOf("The cottages report");
    expect(supersessionsOf([{ docId: "log", start: at, end: at + 40 }], ["log"], () => log, "cottages report")).toEqual([]);
  });
});
