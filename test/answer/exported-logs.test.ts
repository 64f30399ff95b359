/**
 * Trackers and logs exported from other tools: a printed tracker rated a letter a quarter by its key, an
 * issue tracker's export of a panel's actions, a register under a spanning "Current assessment" header,
 * and minutes whose actions are tasks with their fields in signs.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";
import { harboursActionCardsHtml, harboursActionsHtml, harboursMinutesMd, harboursRisksHtml, harboursTrackerPdf } from "../helpers/papers-harbours.js";

describe("a tracker rated a letter a quarter, by a key of letters", () => {
  it("answers a status by the latest quarter reported, in the key's words, and no key row as a milestone", async () => {
    await withCorpus({ "harbours-tracker-2070-71-q3.pdf": await harboursTrackerPdf() }, async (a) => {
      const red = await a.engine.ask("which milestones were red at q3?");
      expect(red.answer).toContain("HB-01");
      expect(red.answer).toContain("HB-04");
      expect(red.answer).not.toContain("HB-03");
      expect(red.answer).toContain("Off track");
      const complete = await a.engine.ask("which milestones are complete?");
      expect(complete.answer).toContain("HB-02");
      expect(complete.answer).toContain("HB-05");
      expect(complete.answer).not.toMatch(/Delivered\.|Rating/);
    });
  });

  it("keeps a list answer to its rows: a second part's passage naming another milestone is not added", async () => {
    await withCorpus({ "harbours-tracker-2070-71-q3.pdf": await harboursTrackerPdf() }, async (a) => {
      const red = await a.engine.ask("harbours delivery tracker notes - which milestones were red at q3?");
      expect(red.answer).toContain("HB-01");
      expect(red.answer).toContain("HB-04");
      expect(red.answer).not.toContain("HB-03");
    });
  });

  it("answers an earlier quarter from its own column", async () => {
    await withCorpus({ "harbours-tracker-2070-71-q3.pdf": await harboursTrackerPdf() }, async (a) => {
      const amber = await a.engine.ask("what was amber in q2?");
      expect(amber.answer).toContain("HB-01");
      expect(amber.answer).toContain("HB-03");
      expect(amber.answer).not.toContain("HB-04");
    });
  });
});

describe("an issue tracker's export of a panel's actions", () => {
  const corpus = { "harbours-actions-export-2071-02-03.html": harboursActionsHtml };

  it("reads the key as each action's reference and the summary as what it is, dated by the export", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("who's HEP-8 with and when is it due?");
      expect(answer.answer).toContain("Bryony Merrick-Vaughan");
      expect(answer.answer).toContain("16/Apr/71");
      expect(answer.answer).toContain("Report on options for shared pilotage");
      expect(a.index.documents[0]!.meta.date).toBe("2071-02-03");
    });
  });

  it("lists actions by the tracker's own status word", async () => {
    await withCorpus(corpus, async (a) => {
      const blocked = await a.engine.ask("any actions blocked?");
      expect(blocked.answer).toContain("HEP-6");
      expect(blocked.answer).not.toContain("HEP-7");
    });
  });

  it("gives a person's open actions: theirs, not done, whatever the tracker calls them", async () => {
    await withCorpus(corpus, async (a) => {
      const open = await a.engine.ask("what actions has Ada Penrose still got open?");
      expect(open.answer).toContain("HEP-7");
      expect(open.answer).toContain("HEP-9");
      expect(open.answer).not.toContain("HEP-4");
      expect(open.answer).not.toContain("HEP-8");
    });
  });
});

describe("a register whose header spans its current assessment", () => {
  it("reads the current score, not the likelihood under the spanning header", async () => {
    await withCorpus({ "harbours-risk-register-2071-01.html": harboursRisksHtml }, async (a) => {
      const answer = await a.engine.ask("risk score for HR-01 and who owns it?");
      expect(answer.answer).toMatch(/score 15\b/);
      expect(answer.answer).toContain("Ada Penrose");
      const high = await a.engine.ask("which risks are very high?");
      expect(high.answer).toContain("HR-02");
      expect(high.answer).toContain("HR-04");
      // (Not the passage that names another risk beside one of them.)
      expect(high.answer).not.toContain("HR-01");
    });
  });
});

describe("minutes whose actions are tasks with their fields in signs", () => {
  it("reads each task's owner and due date, and its text without its tag", async () => {
    await withCorpus({ "harbours-minutes-2071-01-20.md": harboursMinutesMd }, async (a) => {
      const tasks = a.index.recordsOf("target");
      const timetable = tasks.find((t) => t.text.startsWith("Circulate the dredging"));
      expect(timetable?.text).toBe("Circulate the dredging contract timetable to members");
      expect(timetable?.lead).toBe("Ada Penrose");
      expect(timetable?.due).toBe("2071-02-20");
      expect(tasks.find((t) => t.text.startsWith("Report on options"))?.leadPerson).toBe("Bryony Merrick-Vaughan");
    });
  });
});

describe("an action tracker written as cards", () => {
  it("reads each card by the reference above its name and the status tag under its labels", async () => {
    await withCorpus({ "harbours-action-tracker.html": harboursActionCardsHtml }, async (a) => {
      const overdue = await a.engine.ask("any overdue actions on the harbours panel tracker?");
      expect(overdue.answer).toContain("HEA-22");
      expect(overdue.answer).not.toMatch(/HEA-21|HEA-23/);
      expect(overdue.citations.some((c) => c.quote.includes("HEA-22") && c.quote.includes("Circulate the dredging contract timetable"))).toBe(true);
    });
  });
});

describe("a count asked where only money is given", () => {
  it("is not answered with the row's pounds", async () => {
    await withCorpus({ "harbours-tracker-2070-71-q3.pdf": await harboursTrackerPdf() }, async (a) => {
      const answer = await a.engine.ask("how many pontoons have had their lighting replaced so far?");
      expect(answer.answer).not.toMatch(/Spend to date £k:? 45/);
    });
  });
});
