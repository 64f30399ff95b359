/**
 * The Footbridges and Stepping Stones Task Group's papers (invented): minutes that say until when they are a
 * draft, and a risk register whose controls name money the minutes agreed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { parseQuestion } from "../../src/answer/query.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { footbridgesAgendaPdf, footbridgesBudgetCsv, footbridgesGrantsPaperText, footbridgesMinutesText, footbridgesRisksMarkdown } from "../helpers/papers-footbridges.js";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "fsstg-minutes-2491-03-03.txt"), footbridgesMinutesText());
  writeFileSync(join(corpus, "fsstg-risk-register-2491-05-20.md"), footbridgesRisksMarkdown());
  writeFileSync(join(corpus, "fsstg-agenda-2491-06-09.pdf"), await footbridgesAgendaPdf());
  writeFileSync(join(corpus, "fsstg-budget-enquiry-p09-2491-92.csv"), footbridgesBudgetCsv());
  writeFileSync(join(corpus, "fsstg-item-5-grants-round-2-2491-06-09.txt"), footbridgesGrantsPaperText());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

describe("minutes that are a draft until a later meeting approves them", () => {
  it("says so, with the meeting that will approve them", async () => {
    const a = await assistant.answerer.ask("are the 3 march minutes approved yet?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Draft of 5 March 2491, not yet approved");
    expect(a.answer).toContain("draft until the Task Group approves them at its meeting on Monday 9 June 2491");
  });
});

describe("how money agreed at a meeting shows up in the risk register", () => {
  it("is a question about the register, not the minutes, whatever month the money was agreed in", () => {
    const q = parseQuestion("how does the inspection money agreed in march show up in the risk register?", assistant.engine.vocabulary);
    expect(q.intent).toBe("risk");
  });

  it("gives the risk whose controls name it, with those controls", async () => {
    const a = await assistant.answerer.ask("how does the inspection money agreed in march show up in the risk register?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("FSR-01");
    expect(a.answer).toContain("£18,000 for extra inspections of eight crossings");
    expect(a.answer).not.toMatch(/FSR-0[23]/);
  });

  it("gives those controls though the risk itself shares a word with the question", async () => {
    const a = await assistant.answerer.ask("how does the flood money agreed in march show up in the risk register?");
    expect(a.answer).toContain("FSR-01");
    expect(a.answer).toContain("£18,000 for extra inspections of eight crossings");
  });
});

describe("a finance system's budget enquiry with its parameters above the table", () => {
  it("reads the parameters as lines of their own, so the table keeps its own header", async () => {
    const text = (await loadFile(join(corpus, "fsstg-budget-enquiry-p09-2491-92.csv"))).text;
    expect(text).toMatch(/^Client: FS$/m);
    expect(text).toMatch(/^Period: 249109$/m);
  });

  it("answers what has been spent so far from the row under its Actual YTD column", async () => {
    const a = await assistant.answerer.ask("how much has been spent on footbridge renewal grants so far?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("412,600.00");
  });
});

describe("a paper that sets a threshold in one paragraph and says which bid fell below it in another", () => {
  it("answers which bid didn't make the threshold with the paragraph saying so first", async () => {
    const a = await assistant.answerer.ask("which bid didnt make the threshold?");
    expect(a.found).toBe(true);
    expect(a.answer.split("\n")[0]).toContain("Tregony Parish Council's bid for a timber footbridge at Ruan Mill scored 52, below the threshold of 60");
  });
});
