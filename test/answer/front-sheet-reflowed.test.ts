/**
 * A front sheet as Word rebuilds it from a printed page (a wrapped label's second line a row of its own)
 * read as the paper's fields; what a paper is for asked between two purposes; and a paper question about a
 * period only another kind of document covers answered from that document's passages.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";
import { marketsFeeCapPaperDocx, marketsTrackerMd } from "../helpers/papers-markets.js";

const corpus = async () => ({
  "markets-panel-item-5-pitch-fee-cap-2071-11-18.docx": await marketsFeeCapPaperDocx(),
  "markets-panel-tracker-2071-72-q2.md": marketsTrackerMd,
});

describe("a front sheet rebuilt from a printed page", () => {
  it("gives the contact officer with the phone number of the paper asked about", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("who's the contact for the pitch fee cap paper? need a phone number");
      expect(answer.answer).toContain("Odile Fairbrass");
      expect(answer.answer).toContain("020 7946 0771");
    });
  });

  it("says what the paper is for when asked between decision and discussion, without the next label's row", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("is the pitch fee cap paper for decision or just for discussion?");
      expect(answer.answer.split("\n")[1]).toMatch(/Purpose:? For decision/);
      expect(answer.answer).not.toContain("confidential");
    });
  });
});

describe("a paper question about a period only another document covers", () => {
  it("answers from that document's passages instead of saying there are no papers for it", async () => {
    await withCorpus(await corpus(), async (a) => {
      const answer = await a.engine.ask("what does the Q2 tracker want the panel to decide on SM-A2?");
      expect(answer.found).toBe(true);
      expect(answer.answer).toContain("SM-A2");
      expect(answer.answer).not.toContain("I have no board papers");
    });
  });
});
