/**
 * A work programme exported from a task tool as CSV (Asana's columns: no status column, a task done only
 * when "Completed At" holds a date, open tasks rated in a custom "RAG" field), beside the minutes whose
 * actions it tracks by their references; and a vote taken with Outlook's voting buttons, its replies pasted
 * into the result e-mail as tabbed lines.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { lighthouseJanuaryMinutes, lighthouseTaskExport, lighthouseVoteEmail } from "../helpers/papers-lighthouses.js";
import { loadFile } from "../../src/ingest/loaders/index.js";

const MINUTES = "lhtg-minutes-2240-01-10";
const TASKS = "lhtg-work-programme-export-2240-03-01";
const VOTE = "lhtg-lantern-lens-loan-vote-result-2240-03-13";

let assistant: Assistant;
beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${MINUTES}.md`), lighthouseJanuaryMinutes());
  writeFileSync(join(corpus, `${TASKS}.csv`), lighthouseTaskExport());
  writeFileSync(join(corpus, `${VOTE}.eml`), lighthouseVoteEmail());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 90_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);

describe("a task tool's export", () => {
  it("reads each task by its name, done when it has a completion date and open otherwise, with its rating", () => {
    const tasks = assistant.index.recordsOf("target").filter((t) => t.docId === TASKS);
    const byText = new Map(tasks.map((t) => [t.text, t]));
    expect(byText.get("Apply for the heritage grant")?.statusLabel).toBe("Complete");
    expect(byText.get("Lantern paint specification")).toMatchObject({ status: "Amber", statusLabel: "Open" });
    // (The meeting's actions among them go by their references.)
    expect(tasks.find((t) => t.ref === "LHA-2")).toMatchObject({ status: "Red", statusLabel: "Open", text: "Write to the Trinity Wardens about the keepers' cottages" });
    expect(tasks.find((t) => t.ref === "LHA-4")).toMatchObject({ statusLabel: "Open" });
    // (Not a Task ID read as the task.)
    expect(tasks.some((t) => /^\d{10,}$/.test(t.text))).toBe(false);
  });

  it("lists its red tasks", async () => {
    const a = await ask("which tasks are red on the work programme?");
    expect(a.answer).toMatch(/LHA-2/);
    expect(a.answer).not.toMatch(/Lantern paint specification/);
  });

  it("answers which of a meeting's actions are still open by where the export says they stand", async () => {
    const a = await ask("which actions from the jan tg are still open?");
    expect(a.answer).toMatch(/LHA-2/);
    expect(a.answer).toMatch(/LHA-4/);
    expect(a.answer).not.toMatch(/LHA-1\b/);
    expect(a.answer).not.toMatch(/LHA-3\b/);
    // (Only the meeting's actions: not the programme's other open tasks.)
    expect(a.answer).not.toMatch(/Lantern paint specification/);
  });
});

describe("a vote's replies listed as a voting tool tracks them", () => {
  it("reads the tabbed lines Word wrote in the e-mail as a table, a voter a row", async () => {
    const path = join(tempDir(), `${VOTE}.eml`);
    writeFileSync(path, lighthouseVoteEmail());
    const { text } = await loadFile(path);
    expect(text).toMatch(/^Recipient\tResponse\tResponse time$/m);
    expect(text).toMatch(/^Roskilly, Tamsin \(Cllr\)\tReject\t12\/03\/2240 12:15$/m);
  });

  it("says who voted against, with the comment the voter gave", async () => {
    const a = await ask("who voted against the lantern lens loan and why?");
    expect(a.answer).toMatch(/Cllr Tamsin Roskilly – Reject/);
    expect(a.answer).toMatch(/should stay in the lantern room/);
    expect(a.answer).not.toMatch(/Gwithian/);
  });

  it("says who abstained", async () => {
    const a = await ask("who abstained on the lantern lens loan?");
    expect(a.answer).toMatch(/Cllr Kerensa Polglase – Abstain/);
    expect(a.answer).not.toMatch(/Roskilly/);
  });
});
