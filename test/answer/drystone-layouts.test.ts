/**
 * Papers of the invented Dry Stone Walls Working Group: a work management tool's tracker exported as a web
 * page, a list's daily alert e-mail, minutes whose action log the alert updates, and slides saved as plain
 * text with a table one cell a line.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { inferMetadata } from "../../src/ingest/metadata.js";
import { extractRecords } from "../../src/ingest/records/index.js";
import { structure } from "../../src/ingest/structure.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { drystoneAlertEml, drystoneMinutesMarkdown, drystonePackMarkdown, drystoneSlidesText, drystoneTrackerHtml } from "../helpers/papers-drystone.js";

const TRACKER = "dswg-walls-tracker-2313-11-20.html";
const ALERT = "dswg-action-tracker-alert-2313-12-05.eml";
const MINUTES = "dswg-minutes-2313-12-04.md";
const SLIDES = "dswg-walling-skills-slides-2313-12-04.txt";
const PACK = "dswg-agenda-pack-2313-12-04.md";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, TRACKER), drystoneTrackerHtml());
  writeFileSync(join(corpus, ALERT), drystoneAlertEml());
  writeFileSync(join(corpus, MINUTES), drystoneMinutesMarkdown());
  writeFileSync(join(corpus, SLIDES), drystoneSlidesText());
  writeFileSync(join(corpus, PACK), drystonePackMarkdown());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);
const loaded = async (name: string) => (await loadFile(join(corpus, name))).text;

describe("a tracker exported with row numbers, parent rows and quarters named without a year", () => {
  it("is of the last quarter its figures fill, in the year of its export: asked of q2, it answers", async () => {
    const a = await ask("which measures are off track at q2?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("DSW-02");
    expect(a.answer).not.toContain("DSW-01");
    expect(a.answer).not.toContain("DSW-03");
  });

  it("quotes a row from its own words, not from its row number and comment count", async () => {
    const a = await ask("which measures are off track at q2?");
    const quote = a.citations.find((c) => c.quote.includes("DSW-02"))?.quote ?? "";
    expect(quote.startsWith("DSW-02")).toBe(true);
  });

  it("reads the rows under its Risks parent row as risks, scored by the latest quarter's column", async () => {
    const a = await ask("whats the score on DSW-R1 now?");
    expect(a.answer).toContain("16");
    expect(a.answer).toContain("Open");
    expect(a.answer).toMatch(/up from 12/);
  });

  it("reads no earlier rating from a status column that holds no words on any row", async () => {
    const path = join(corpus, TRACKER);
    const doc = structure(await loadFile(path));
    const target = extractRecords(doc, inferMetadata(path, doc)).find((r) => r.type === "target" && r.ref === "DSW-04");
    expect(target?.type === "target" && target.status).toBe("Green");
    expect(target?.type === "target" ? (target.otherRatings ?? []) : ["no target"]).toEqual([]);
  });

  it("does not list parent rows or risks among the measures", async () => {
    const a = await ask("which measures are on track at q2?");
    expect(a.answer).toContain("DSW-01");
    expect(a.answer).toContain("DSW-04");
    expect(a.answer).not.toMatch(/Workstream|DSW-R1/);
  });
});

describe("a list's daily alert e-mail", () => {
  it("keeps an old value struck through by its style apart from the new one, and a deleted item", async () => {
    const text = await loaded(ALERT);
    expect(text).toContain("Complete ~~In progress~~");
    expect(text).toContain("2/28/2314 ~~12/31/2313~~");
    expect(text).toContain("Deleted by Ned Ashcombe");
  });

  it("lists the items still open, by their new values, without the one added and deleted", async () => {
    const a = await ask("which actions are still open?");
    expect(a.answer).toContain("DSA-09");
    expect(a.answer).toContain("DSA-12");
    expect(a.answer).not.toContain("DSA-07");
    expect(a.answer).not.toContain("DSA-11");
  });

  it("updates an action of the minutes' log that it changed after the meeting", async () => {
    const a = await ask("is DSA-07 done yet?");
    expect(a.answer).toMatch(/Status in the [^\n]*: Complete/);
  });
});

describe("slides saved as plain text, a table one cell a line", () => {
  it("sets each row of the table on a line of its own", async () => {
    const text = await loaded(SLIDES);
    expect(text).toContain("Council\tVolunteers trained\tMetres rebuilt\tPass rate");
    expect(text).toContain("Birkdale\t27\t160\t89%");
    expect(text).toContain("What volunteers told us");
  });

  it("answers a council's figure from its row", async () => {
    const a = await ask("how many volunteers were trained in birkdale?");
    expect(a.answer).toContain("27");
  });
});

describe("an agenda pack carrying the last meeting's minutes", () => {
  it("names each of the named substitutes its one line lists", async () => {
    const a = await ask("who are the named substitutes?");
    expect(a.answer).toContain("Brackenbury");
    expect(a.answer).toContain("Gillow");
  });

  it("gives the next meeting from its agenda, not the carried minutes' date of this one", async () => {
    const a = await ask("when's the next meeting after december?");
    expect(a.answer).toContain("11 March 2314");
  });
});

