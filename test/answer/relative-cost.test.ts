/**
 * "How much more does it cost?" is answered by how much more, a share, as well as by a sum of money.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";

const minutes = `# Harbours and Estuaries Panel – minutes, 20 January 2071

## 4. Pontoon lighting trial

Rhys Tonkin presented the results of the trial. Solar pontoon lights had cost on average 22% more per berth than mains lighting, but needed no trenching. Members asked for a report on the whole-life cost.
`;

describe("a question asking how much more something costs", () => {
  it("is answered by the share more the papers give, not declined for want of a sum", async () => {
    await withCorpus({ "harbours-minutes-2071-01-20.md": minutes }, async (a) => {
      const answer = await a.engine.ask("how much more do solar pontoon lights cost?");
      expect(answer.found).toBe(true);
      expect(answer.answer).toContain("22% more per berth");
    });
  });
});
