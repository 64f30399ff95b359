/**
 * The Lychgates and Churchyard Walls Task Group's papers (invented): a service desk's project list exported as CSV and the
 * clerk's e-mail of the agenda with one paper's front sheet and another given in brief, answered from as
 * their readers would.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { lychgatesAgendaEmail, lychgatesProjectListCsv } from "../helpers/papers-lychgates.js";

let assistant: Assistant;
beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "lcwtg-projects-export-2682-02-28.csv"), lychgatesProjectListCsv());
  writeFileSync(join(corpus, "lcwtg-agenda-and-papers-2682-03-16.eml"), lychgatesAgendaEmail());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

describe("a service desk's project list", () => {
  it("names projects by their record numbers", async () => {
    const a = await assistant.answerer.ask("which lychgates projects are red?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("PRJ0071205");
    expect(a.answer).not.toContain("PRJ0071202");
  });

  it("reads the rating column the question names, not the first", async () => {
    const a = await assistant.answerer.ask("which projects are red on cost?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("PRJ0071202");
    expect(a.answer).not.toContain("PRJ0071205");
    expect(a.answer).toContain("cost_health");
  });

  it("finds a project by the stage its state column gives, with the reason from its notes", async () => {
    const a = await assistant.answerer.ask("anything on hold, and what's the reason?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("PRJ0071203 (On Hold)");
    expect(a.answer).toContain("renew their licences");
    expect(a.answer).not.toContain("PRJ0071201");
  });

  it("says a closed project's state when asked whether it is finished", async () => {
    const a = await assistant.answerer.ask("has the wall rebuilding project finished?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Closed Complete");
  });

  it("gives a project's manager when asked for its PM", async () => {
    const a = await assistant.answerer.ask("who is the project manager for the condition survey project?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Barnaby Quiller");
    expect(a.answer).not.toContain("Rowan Pettigrew");
  });

  it("gives the work cost as what was spent, beside the budget", async () => {
    const a = await assistant.answerer.ask("how much has the churchyard warden network spent so far vs its budget?");
    expect(a.found).toBe(true);
    // (Whole pounds as a reader writes them, besides the export's "£12,900.00".)
    expect(a.answer).toMatch(/£12,900(?![.,]\d)/);
    expect(a.answer).toMatch(/£36,000(?![.,]\d)/);
  });

  it("counts what the notes count, not the row's other figures", async () => {
    const a = await assistant.answerer.ask("how many volunteer hours went into the chalk down repair days?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("2,318");
    expect(a.answer).not.toMatch(/percent_complete/);
  });
});

describe("the clerk's e-mail of the agenda", () => {
  it("reads a front sheet whose recommendations come after the paper's tables", async () => {
    const a = await assistant.answerer.ask("what are the recommendations of the budget and risk register paper?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("virement of £3,200");
    expect(a.answer).not.toContain("Any other business");
  });

  it("does not take the paper's tables for its purpose", async () => {
    const a = await assistant.answerer.ask("what is the purpose of the budget and risk register paper?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("To report the forecast outturn");
    expect(a.answer).not.toContain("Spent to 28 Feb");
  });

  it("reads a register's movement since an earlier register from its \"Since Jan\" column", async () => {
    const a = await assistant.answerer.ask("which risks have risen since the last register?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("LCR-01");
    expect(a.answer).toContain("LCR-05");
    for (const other of ["LCR-02", "LCR-03", "LCR-04"]) expect(a.answer).not.toContain(other);
  });

  it("reads a paper given in brief, titled as the agenda names its item", async () => {
    const a = await assistant.answerer.ask("what is item 5 asking the task group to agree?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Churchyard warden grants: round 2 awards");
    expect(a.answer).toContain("approve 8 grants totalling £57,500");
  });

  it("gives the contact officer of a paper given in brief", async () => {
    const a = await assistant.answerer.ask("who is the contact officer for the round 2 awards paper?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Hester Wakeling");
    expect(a.answer).toContain('"Churchyard warden grants: round 2 awards"');
    expect(a.answer).not.toContain("Idris Penhallow");
  });
});
