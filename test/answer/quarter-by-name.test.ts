/**
 * A quarter's figure asked of a measure by its name, not its reference ("how many … in q1?"), of a later
 * quarter's report whose table has a column for that quarter: the measure's row, with that column.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";

const REPORT = [
  "Lantern Bridges Panel: programme measures, quarter 2 2163/64",
  "",
  "Code\tMeasure\tQ1 2163/64 Value\tQ2 2163/64 Value\tStatus\tLead",
  "LBP-01\tBridge inspections completed by partner councils (cumulative)\t318\t702\tGreen\tDara Quenby",
  "LBP-02\tLoad restrictions lifted after repair\t4\t9\tAmber\tOwain Trelissick",
  "LBP-03\tCouncils with a bridge asset plan published\t12\t15\tRed\tDara Quenby",
].join("\n");

/** Another body's report of quarter 1, which a question about q1 would otherwise be held to. */
const OTHER = [
  "Coastal Paths Forum: performance report, quarter 1 2163/64",
  "",
  "Ref\tObjective\tLead\tStatus",
  "CPF-01\tReopen the cliff path at Wrenmouth\tIlsa Parrdon\tGreen",
  "CPF-02\tPublish the coastal access survey\tIlsa Parrdon\tAmber",
].join("\n");

describe("a quarter asked of a measure named by its words", () => {
  it("answers from the later report's column for that quarter", async () => {
    await withCorpus({ "lantern-bridges-panel-measures-2163-64-q2.txt": REPORT, "coastal-paths-forum-performance-2163-64-q1.txt": OTHER }, async (assistant) => {
      const table = await assistant.engine.ask("how many bridge inspections did the partner councils complete in q1?");
      expect(table.answer).toContain("318");
      // (Asked in other words than the table's, of the measure: its row, the quarter's column with it.)
      const answer = await assistant.engine.ask("bridge inspections kpi - what was the q1 figure");
      expect(answer.answer).toContain("318");
      expect(answer.answer).toContain("LBP-01");
    });
  });
});
