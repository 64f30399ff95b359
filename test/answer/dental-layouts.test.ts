/**
 * Answers from a list view saved from SharePoint: a tracker named by its board's initials ("DHTG Delivery
 * Tracker") is asked of by the board's words without them picking out rows, and the list's key says what its
 * own status words mean, commas and all.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";

const tracker = `<!DOCTYPE html><html><head><title>DHTG Delivery Tracker 2066/67</title></head><body><main>
<h2>DHTG Delivery Tracker 2066/67</h2>
<p>The items of the delivery plan. Leads update their items before each meeting.</p>
<p>Delivery confidence key: Stalled = red, blocked or past its target date; Drifting = amber, slipping, but recoverable with action in hand; On course = green, on time and within budget.</p>
<table><thead><tr><th>Ref</th><th>Title</th><th>Lead</th><th>Delivery confidence</th></tr></thead><tbody>
<tr><td>DT-04</td><td>Ring-fenced toothbrushing grant in the Spending Review</td><td>Hamza Cardew</td><td>Stalled</td></tr>
<tr><td>DT-09</td><td>Data sharing agreement for ward-level access data</td><td>Gareth Vellacott</td><td>Stalled</td></tr>
<tr><td>DT-11</td><td>Survey of dental health in care homes</td><td>Nadia Zubair</td><td>Drifting</td></tr>
<tr><td>DT-07</td><td>Access briefing for councillors</td><td>Joel Wadsworth</td><td>On course</td></tr>
</tbody></table></main></body></html>`;

const notes = `# Dental Health Task Group: notes of the meeting of 18 November 2066

Present: Cllr Marisol Crossthwaite (Chair), Cllr Tobias Pinnegar, Cllr Hedda Lovibond.

1. The task group noted the delivery tracker.
`;

const asks = `# Dental Health Task Group: policy asks 2066/67

| Ref | Ask | Lead officer | Rating |
|---|---|---|---|
| A1 | A ring-fenced toothbrushing grant | Hamza Cardew | Red |
| A2 | Ward-level access data every quarter | Gareth Vellacott | Amber |
`;

const corpus = { "dhtg-delivery-tracker-2066-11.html": tracker, "dental-health-task-group-notes-2066-11-18.md": notes, "dental-health-task-group-asks-2066-67.md": asks };

describe("a tracker named by its board's initials", () => {
  it("lists its stalled items when asked by the board's words, not the one row that shares them", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("which items on the dental health delivery tracker are stalled?");
      expect(answer.found).toBe(true);
      expect(answer.answer).toContain("DT-04");
      expect(answer.answer).toContain("DT-09");
      expect(answer.answer).not.toContain("DT-11");
    });
  });

  it("is among the board's reports when the question names the board by those initials", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("which items are drifting on the DHTG tracker atm?");
      expect(answer.found).toBe(true);
      expect(answer.answer).toContain("DT-11");
      expect(answer.answer).not.toContain("DT-04");
    });
  });

  it("says what a status word of its key means, the whole meaning", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("on the delivery tracker what does 'drifting' mean, is it amber?");
      expect(answer.answer).toMatch(/Drifting = amber, slipping, but recoverable with action in hand/);
      expect(answer.citations[0]?.quote).toContain("Drifting = amber, slipping, but recoverable with action in hand");
    });
  });
});
