/**
 * The Verge Maintenance Working Group's papers (test/helpers/papers-verges.ts): a tracker published as HTML
 * by a PDF-to-HTML converter, every line placed by position, and a budget paper converted to markdown with
 * a spanning header cell repeated in each column.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { parseQuestion } from "../../src/answer/query.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { vergesBudgetMd, vergesTrackerHtml } from "../helpers/papers-verges.js";

const TRACKER = "verge-programme-tracker-2061-62-q3.html";
const BUDGET = "verge-working-group-budget-2062-03-03.md";

let assistant: Assistant;
let corpus: string;

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, TRACKER), vergesTrackerHtml());
  writeFileSync(join(corpus, BUDGET), vergesBudgetMd);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const metaOf = (file: string) => assistant.index.documents.find((d) => d.meta.docId === file.replace(/\.\w+$/, ""))!.meta;

describe("a tracker published as HTML by a PDF-to-HTML converter", () => {
  it("is read as the PDF it was: its placed cells as table rows, a row a reference", async () => {
    const { text, pages } = await loadFile(join(corpus, TRACKER));
    expect(text).toContain("VMW-02\tVerges cut within the agreed season (% of network)\t●\t○\tOttilie Fenwright");
    expect(text).toContain("Contact officer\tWilhelmina Trescothick");
    expect(pages?.length).toBe(2);
  });

  it("keeps the running header that dates the meeting on the first page only, so the paper is the board's of that day", async () => {
    const { text } = await loadFile(join(corpus, TRACKER));
    expect(text.match(/Verge Maintenance Working Group – 3 March 2062/g)).toHaveLength(1);
    expect(metaOf(TRACKER)).toMatchObject({ board: "Verge Maintenance Working Group", date: "2062-03-03" });
  });

  it("reads symbols by a key with no header row, each the word before its meaning, rated in the latest quarter", () => {
    const targets = assistant.index.recordsOf("target").filter((t) => t.docId === metaOf(TRACKER).docId);
    const of = (ref: string) => targets.find((t) => t.ref === ref);
    expect(of("VMW-02")).toMatchObject({ statusLabel: "Off course", status: "Red" });
    expect(of("VMW-04")).toMatchObject({ statusLabel: "On course", status: "Green" });
  });

  it("answers which measures went backwards between the quarters", async () => {
    const a = await ask("anything on the verge programme tracker that went backwards from q2 to q3?");
    expect(a.answer).toContain("VMW-02");
    expect(a.answer).not.toMatch(/VMW-0[134]/);
  });
});

describe("a budget table converted to markdown with a spanning header repeated", () => {
  it("names each column by the span and the column's own name in the row under it", () => {
    const cells = assistant.index.recordsOf("cell").filter((c) => c.docId === metaOf(BUDGET).docId && c.rowLabel === "Total");
    expect(cells.map((c) => `${c.column}: ${c.value}`)).toEqual(expect.arrayContaining(["2061/62 (£) Spend to 31 December 2061: 62,150", "Variance (£): (11,500)"]));
  });

  it("gives the total row for what has been spent this year", async () => {
    const a = await ask("how much has the verge working group spent this year up to end of dec?");
    expect(a.answer).toContain("62,150");
  });

  it("reads a 'Deliverable' column as what each row is to deliver, and a status asked with chat shorthand", async () => {
    const a = await ask("which deliverables are stuck atm?");
    expect(a.answer).toContain("VMD-1");
    expect(a.answer).toContain("Model cutting contract");
    expect(a.answer).not.toContain("VMD-3");
  });
});

describe("a responsibility (RACI) matrix", () => {
  it("names who is accountable for a deliverable: the column holding A on its row, by the key to initials", async () => {
    const a = await ask("who's accountable for the model cutting contract?");
    expect(a.answer).toContain("Barnaby Quelch");
    expect(a.answer).not.toContain("Ottilie Fenwright");
  });

  it("names who is responsible for it the same way", async () => {
    const a = await ask("who is responsible for the sightline complaints survey?");
    expect(a.answer).toContain("Barnaby Quelch");
  });
});

describe("the contact of a paper", () => {
  it("asked of a paper about risks is the paper's contact, not a risk", async () => {
    const a = await ask("who do i speak to about the verge budget & risk paper? need a phone no");
    expect(a.answer).toContain("Aurelio Penhallow");
    expect(a.answer).toContain("020 7946 0874");
  });

  it("asked by the paper's item number at a meeting", async () => {
    const a = await ask("contact officer for item 7 at the 3 march meeting?");
    expect(a.answer).toContain("Aurelio Penhallow");
  });
});

describe("questions typed in a hurry", () => {
  it("reads a little word with two letters swapped as a slip, not a word the papers lack", async () => {
    const a = await ask("are we hitting target on thier verges cut?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("VMW-02");
  });
});

describe("questions in the genre's words", () => {
  it("reads 'on course' and 'off course' as ratings", () => {
    expect(parseQuestion("which measures are off course?").statuses).toEqual(["Red"]);
    expect(parseQuestion("which measures are on course?").statuses).toEqual(["Green"]);
  });
});
