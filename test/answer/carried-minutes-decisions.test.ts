/**
 * A pack for a meeting that carries only the draft minutes of the meeting before: asked what its own
 * meeting decided, the assistant says it holds that meeting's agenda papers, not its decisions.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";
import { orchardPackMarkdown } from "../helpers/papers-orchards.js";

describe("a decision asked of the meeting whose pack carries the last meeting's minutes", () => {
  it("is declined as not held, naming the agenda papers it does hold, while the earlier meeting's decision is answered", async () => {
    await withCorpus({ "hojp-agenda-pack-2285-01-16.md": orchardPackMarkdown() }, async (assistant) => {
      const later = await assistant.answerer.ask("what did the panel decide on 16 jan about the rootstock?");
      expect(later.found).toBe(false);
      expect(later.answer).toMatch(/no minutes or record of decisions of the Heritage Orchards Joint Panel meeting of 16 January 2285/);
      expect(later.answer).toContain("not what it decided");
      const earlier = await assistant.answerer.ask("what did the panel decide on 3 oct about grafting?");
      expect(earlier.found).toBe(true);
      expect(earlier.answer).toContain("graft 40 Russet trees");
    });
  });
});
