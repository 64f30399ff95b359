/**
 * The Hedgerows and Verges Panel's papers (invented): a tracker's tree query, a Lotus Notes export, a goals
 * app's tree page, a "papers published" message and a hearing's transcript, answered from as their readers
 * would.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { hedgerowsGoalsHtml, hedgerowsNotesExport, hedgerowsPapersPublishedEml, hedgerowsTranscriptText, hedgerowsTreeQueryCsv } from "../helpers/papers-hedgerows.js";

let assistant: Assistant;
beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "hvp-programme-tree-query-2662-02-01.csv"), hedgerowsTreeQueryCsv());
  writeFileSync(join(corpus, "hvp-committee-notes-export-2662-02-01.txt"), hedgerowsNotesExport());
  writeFileSync(join(corpus, "hvp-goals-2662-02-03.html"), hedgerowsGoalsHtml());
  writeFileSync(join(corpus, "hvp-papers-published-2662-02-04.eml"), hedgerowsPapersPublishedEml());
  writeFileSync(join(corpus, "hvp-evidence-session-transcript-2662-01-14.txt"), hedgerowsTranscriptText());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

describe("a tracker's tree query", () => {
  it("lists the risks in the red band of the key its epic's description gives", async () => {
    const a = await assistant.answerer.ask("any risks in the red band on the hedgerows register?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("HVR-01");
    expect(a.answer).toContain("HVR-03");
    expect(a.answer).not.toContain("HVR-02");
  });
});

describe("a hearing's transcript", () => {
  it("says who gave evidence, not who sat", async () => {
    const a = await assistant.answerer.ask("who gave evidence on 14 jan?");
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/MOBERLY/i);
    expect(a.answer).toMatch(/VANSTONE/i);
    expect(a.answer).not.toMatch(/THISTLEWOOD/i);
  });

  it("says who was in the chair, in the transcript's words", async () => {
    const a = await assistant.answerer.ask("who chaired the evidence session?");
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/QUENNELL/i);
    expect(a.answer).toMatch(/in the Chair/);
  });
});

describe("a Notes export's actions, given due days and states but not the word 'overdue'", () => {
  it("lists the meeting's actions still open past their due day, as at the export's day", async () => {
    const a = await assistant.answerer.ask("which actions from the 12 nov meeting are overdue?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("HVA-12");
    expect(a.answer).toContain("1 February 2662");
    expect(a.answer).not.toContain("HVA-13");
  });
});

describe("a 'papers published' message", () => {
  it("gives the meeting's agenda", async () => {
    const a = await assistant.answerer.ask("whats on the agenda for 11 feb?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Hedgerows Programme: progress at quarter 3");
    expect(a.answer).toContain("Cutting contract");
  });
});

describe("a hearing's register asked of everyone there", () => {
  it("lists who sat as well as who gave evidence when asked who was at the session", async () => {
    const a = await assistant.answerer.ask("who attended the evidence session on 14 jan?");
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/THISTLEWOOD/i);
    expect(a.answer).toMatch(/MOBERLY/i);
  });
});
