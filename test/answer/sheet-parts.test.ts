/**
 * Answers from a workbook printed in parts (a row's status on one table, its progress on another that
 * holds only the reference), with a risk register that rates its risks in words of its own.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";

const tracker = `<!DOCTYPE html><html><head><title>Quarries and Aggregates Panel tracker 2052-53 Q2</title></head><body>
<h1>Quarries and Aggregates Panel tracker 2052/53 Q2</h1>
<h2>Workplan tracker 2052/53</h2>
<table>
<tr><th>Ref</th><th>Theme</th><th>Action</th><th>Lead officer</th><th>Q1 2052/53</th><th>Q2 2052/53</th></tr>
<tr><td>QAP-A1</td><td>Restoration</td><td>Publish guidance on restoring worked-out quarries for nature</td><td>Tamsin Ollerenshaw</td><td>On course</td><td>On course</td></tr>
<tr><td>QAP-A2</td><td>Restoration</td><td>Refresh the good practice guide on blasting notifications to residents</td><td>Crispin Halloran</td><td>On course</td><td>Slipping</td></tr>
<tr><td>QAP-B1</td><td>Skills</td><td>Deliver safe working at height webinars for quarry inspectors</td><td>Crispin Halloran</td><td>On course</td><td>On course</td></tr>
</table>
<h2>Workplan tracker 2052/53 (continued)</h2>
<table>
<tr><th>Ref</th><th>Progress at 30 September 2052</th><th>Next milestone</th></tr>
<tr><td>QAP-A1</td><td>Draft agreed with Natural England; publication set for January 2053.</td><td>Publish in January 2053.</td></tr>
<tr><td>QAP-A2</td><td>Drafting is six weeks behind plan because the trade body did not meet in August.</td><td>First draft to the November meeting.</td></tr>
<tr><td>QAP-B1</td><td>Three of the six sessions have been held; 274 staff from 83 councils attended.</td><td>Sessions 4 and 5 in December 2052.</td></tr>
</table>
<p>Key: On course = green; Slipping = amber; Stuck = red.</p>
<h2>Risk register</h2>
<table>
<tr><th>Ref</th><th>Risk</th><th>Risk owner</th><th>L</th><th>I</th><th>Score</th><th>Rating</th><th>Trend</th></tr>
<tr><td>QAR-01</td><td>Councils cannot recruit enough quarry inspectors to meet the new duties.</td><td>Tamsin Ollerenshaw</td><td>4</td><td>4</td><td>16</td><td>High</td><td>Rising</td></tr>
<tr><td>QAR-02</td><td>The panel's budget is overspent because the webinars need more speakers.</td><td>Crispin Halloran</td><td>2</td><td>3</td><td>6</td><td>Medium</td><td>New</td></tr>
</table>
</body></html>`;

const agenda = `# Quarries and Aggregates Panel: agenda, 14 November 2052

## Item 5: Blasting notifications to residents: draft refreshed guide

Purpose of report: For discussion.

Table 1: proposed notice periods in the draft refreshed guide

| Kind of blast | Notice to residents |
|---|---|
| Routine production blast | 48 hours |
| Blast near a school | 7 days |
`;

const corpus = { "qap-tracker-2052-53-q2.html": tracker, "qap-agenda-2052-11-14.md": agenda };

describe("a workbook printed in parts", () => {
  it("finds a row's progress in the part that gives only its reference, by the title in the other part", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("how many people have been on the working at height webinars for quarry inspectors?");
      expect(answer.answer).toContain("274");
    });
  });

  it("gives an action's status in both quarters' columns, not a refusal because a paper's table shares its words", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("blasting notifications guide refresh - what was its status in q1 and q2?");
      expect(answer.found).toBe(true);
      expect(answer.answer).toContain("Slipping");
      expect(answer.answer).toContain("On course");
    });
  });
});

describe("a risk register that rates its risks in its own words", () => {
  it("says the rating beside the score", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("what score does QAR-02 have, and is it new?");
      expect(answer.answer).toMatch(/score 6 \(Medium\)/);
    });
  });
});
