/**
 * Answers from a data warehouse's long export (a row per indicator per quarter, numeric status codes keyed
 * in a comment row), a spreadsheet published to the web with its sheets hidden behind tabs, and a note of a
 * meeting whose actions carry their own references.
 */
import { describe, expect, it } from "vitest";
import { withCorpus } from "../helpers/assistant.js";
import { ferryBudgetMd, ferryIndicatorsCsv, ferryNotesMd, ferrySheetsHtml } from "../helpers/papers-ferries.js";

const corpus = {
  "ferry-task-group-indicators-2093-94-q2.csv": ferryIndicatorsCsv,
  "ferry-task-group-membership-attendance-risks-2093-94.html": ferrySheetsHtml,
  "ferry-task-group-note-of-meeting-2093-09-11.md": ferryNotesMd,
  "ferry-task-group-budget-2093-94-m07.md": ferryBudgetMd,
};

describe("a long export: one row per indicator per quarter", () => {
  it("lists the indicators with a status code in the quarter asked, by what the key says the code means", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("which ferry indicators were outside tolerance in q1 2093/94?");
      expect(answer.found).toBe(true);
      expect(answer.answer).toContain("FEC-03");
      expect(answer.answer).not.toContain("FEC-01");
      expect(answer.citations.some((c) => c.quote.includes("FEC-03 | Passengers satisfied with their crossing | % | 2093/94 Q1"))).toBe(true);
    });
  });

  it("gives an indicator's latest quarter when none is asked, with the code's meaning", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("what's the status of FEC-01?");
      expect(answer.answer).toContain("outside tolerance");
      expect(answer.answer).toContain("2093/94 Q2");
      expect(answer.answer).not.toContain("within tolerance");
    });
  });
});

describe("a long export's figures and codes", () => {
  it("gives a figure for the quarter asked, not the other quarters' rows", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("how many ferry fare concessions were claimed in q1 2093/94?");
      expect(answer.answer).toContain("412");
      expect(answer.answer).not.toContain("No return");
    });
  });

  it("says what a numbered status code means, from the comment line that keys them", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("in the ferry indicators what does status_cd 2 mean?");
      expect(answer.answer).toContain("worse than target but within tolerance");
      expect(answer.citations.some((c) => c.quote.startsWith("status_cd: 1 = on or better than target"))).toBe(true);
    });
  });
});

describe("a spreadsheet published to the web", () => {
  it("reads the sheets hidden behind their tabs, a second block under its own header as its own table", async () => {
    await withCorpus(corpus, async (a) => {
      const subs = await a.engine.ask("who are the lib dem subs for the ferry TG?");
      expect(subs.answer).toContain("Rainer Boskovic");
      expect(subs.answer).not.toContain("Perpetua Lusby");
      const risk = await a.engine.ask("what's the score of the winter sailings risk?");
      expect(risk.answer).toContain("16");
      expect(risk.citations.some((c) => c.quote.startsWith("FECR-01 | Ferry operators withdraw winter sailings"))).toBe(true);
    });
  });

  it("reads one-letter attendance codes by the key drawn as a table", async () => {
    await withCorpus(corpus, async (a) => {
      const away = await a.engine.ask("did cllr lusby make the 10 july 2093 ferry task group meeting?");
      expect(away.answer).toMatch(/Perpetua Lusby did not attend/);
      const there = await a.engine.ask("did cllr oyelaran attend the ferry task group on 10 july 2093?");
      expect(there.answer).toMatch(/Desmond Oyelaran attended/);
    });
  });
});

describe("a budget's total asked in other words", () => {
  it("reads 'the overall forecast variance on the FEC budget at month 7' as the Total row's Variance", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("whats the overall forecast variance on the FEC budget at month 7");
      expect(answer.answer).toContain("(£6,900)");
      expect(answer.answer).not.toContain("(£9,000)");
    });
  });
});

describe("an action asked by its own reference", () => {
  it("gives the action, its owner, deadline and the item it arose from", async () => {
    await withCorpus(corpus, async (a) => {
      const answer = await a.engine.ask("what was action FE93/05 again?");
      expect(answer.answer).toContain("Circulate the crossing grant guidance");
      expect(answer.answer).toContain("Petronella Quayle");
      expect(answer.answer).toContain("14 October 2093");
      expect(answer.answer).toContain("item 2");
      expect(answer.citations.some((c) => c.quote.includes("FE93/05 | Circulate the crossing grant guidance"))).toBe(true);
    });
  });
});
