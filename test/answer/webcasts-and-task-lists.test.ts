/**
 * Papers of an invented Lighthouse Heritage Task Group in layouts from other tools (see
 * `test/helpers/papers-lighthouses.ts`): a Strict Open XML pack with drop-down ratings and the draft minutes
 * of the meeting before, a webcast archive page, a todo.txt task list, a map's attribute table with a legend
 * of codes, and an accessible statistics table as CSV.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig, withCorpus } from "../helpers/assistant.js";
import { lighthousePack, lighthouseSites, lighthouseStatistics, lighthouseTodo, lighthouseWebcast } from "../helpers/papers-lighthouses.js";

const PACK = "lhtg-agenda-pack-2240-03-13";
const WEBCAST = "lhtg-webcast-2240-03-13";
const TODO = "lhtg-todo-2240-03-14";
const SITES = "lhtg-sites-map-2240-03-01";
const STATS = "lhtg-visitor-statistics-table-3-2240-08-20";

let assistant: Assistant;
beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${PACK}.docx`), await lighthousePack());
  writeFileSync(join(corpus, `${WEBCAST}.html`), lighthouseWebcast());
  writeFileSync(join(corpus, `${TODO}.txt`), lighthouseTodo());
  writeFileSync(join(corpus, `${SITES}.md`), lighthouseSites());
  writeFileSync(join(corpus, `${STATS}.csv`), lighthouseStatistics());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 90_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.answerer.ask(q);

describe("a pack carrying the draft minutes of the meeting before", () => {
  it("reads those minutes' items as that meeting's, dated by it", () => {
    const minutes = assistant.index.recordsOf("minute").filter((m) => m.docId === PACK);
    expect(minutes.map((m) => [m.meetingDate, m.title])).toEqual([
      ["2240-01-10", "Apologies"],
      ["2240-01-10", "Lantern restoration at Gull Point"],
      // (The meeting's actions, under a heading as high as its items' and over a table of their own.)
      ["2240-01-10", "Actions"],
    ]);
    expect(minutes[1]!.decision).toMatch(/restore the Gull Point lantern/);
  });

  it("answers what that meeting decided from them", async () => {
    const a = await ask("what did the january meeting decide about the lantern?");
    expect(a.answer).toMatch(/restore the Gull Point lantern/);
  });

  it("lists the actions not complete on its action log at the day the log gives", async () => {
    const a = await ask("which of the january actions weren't complete on the action log at 1 march?");
    expect(a.answer).toMatch(/LH-02/);
    expect(a.answer).toMatch(/LH-03/);
    expect(a.answer).not.toMatch(/LH-01/);
  });
});

describe("a todo.txt task list", () => {
  it("reads each line as a task: done by its leading x, its reference, owner and due date from its tags", () => {
    const tasks = assistant.index.recordsOf("target").filter((t) => t.docId === TODO);
    expect(tasks.map((t) => [t.ref, t.statusLabel, t.lead ?? null, t.due ?? null])).toEqual([
      ["LH-01", "Complete", "DR", "2240-02-01"],
      ["LH-02", "Open", "JPN", "2240-02-15"],
      ["LH-03", "Complete", null, "2240-03-01"],
      ["LH-04", "Open", "JPN", "2240-04-30"],
      ["task 5", "Open", null, null],
    ]);
    expect(tasks[1]!.text).toBe("Letter to Trinity Wardens about the keepers' cottages");
    // (Dated by the days its tasks were added and done on, not by a due date to come.)
    expect(assistant.index.documents.find((d) => d.meta.docId === TODO)?.meta.date).toBe("2240-03-14");
  });

  it("gives a meeting's actions still open by the list's later status", async () => {
    const a = await ask("which of the actions from the january meeting are still open now?");
    expect(a.answer).toMatch(/1 of the 3 actions/);
    expect(a.answer).toMatch(/LH-02/);
    expect(a.answer).not.toMatch(/LH-03/);
  });

  it("names an owner given by initials as the papers name them", async () => {
    const a = await ask("who is doing the cottages lease action?");
    expect(a.answer).toMatch(/JPN \(Jory Pendarves-Nance/);
  });
});

describe("a webcast's archive page", () => {
  it("reads agenda points opened by the recording's time codes as the meeting's items, with their outcomes", () => {
    const minutes = assistant.index.recordsOf("minute").filter((m) => m.docId === WEBCAST);
    expect(minutes.map((m) => m.title)).toEqual(["Apologies", "Keepers' cottages"]);
    expect(minutes[1]!.decision ?? "").toMatch(/lease the keepers' cottages/);
  });

  it("keeps a collapsed panel's paragraphs apart, and a card's touching fields a word apart", async () => {
    const path = join(tempDir(), `${WEBCAST}.html`);
    writeFileSync(path, lighthouseWebcast());
    const { text } = await loadFile(path);
    expect(text).toMatch(/^- 00:09:40 2 Keepers' cottages$/m);
    expect(text).toMatch(/^Outcome: The Task Group agreed to lease/m);
    expect(text).toMatch(/^\s*- 00:09:52 Jory Pendarves-Nance \(Estates Manager\)$/m);
    expect(text).toMatch(/Cllr Morwenna Tregaskis Chair · Carn Head Borough Council · Independent Spoke 4 times/);
  });

  it("names who voted against and who abstained, as the vote's sentence gives them", async () => {
    const against = await ask("who voted against the keepers' cottages lease?");
    expect(against.answer).toMatch(/Voted against .*: Cllr Petroc Angove\./);
    expect(against.citations.some((c) => c.quote.includes("Agreed by 5 votes to 1"))).toBe(true);
    const abstained = await ask("who abstained on the cottages?");
    expect(abstained.answer).toMatch(/Abstained .*: Cllr Lowdy Trewin\./);
  });

  it("is the meeting's record even when its agenda list comes first on the page", async () => {
    // (The page without its details list, player and notice: "Agenda" is among its first lines.)
    const compact = lighthouseWebcast().replace(/<ul><li>Status:[\s\S]*?official record\.<\/p>/, "");
    expect(compact).not.toMatch(/Available until/);
    await withCorpus({ [`${WEBCAST}.html`]: compact }, async (a) => {
      expect(a.index.documents[0]!.meta.kind).toBe("minutes");
      expect(a.index.recordsOf("minute").map((m) => m.title)).toEqual(["Apologies", "Keepers' cottages"]);
    });
  });

  it("gives how far into the recording an item starts, from its chapter", async () => {
    const a = await ask("how far into the webcast does the keepers' cottages item start?");
    expect(a.answer).toMatch(/Item 2 "Keepers' cottages" starts 00:09:40 into the recording/);
    expect(a.citations[0]?.quote).toMatch(/00:09:40 2 Keepers' cottages/);
  });

  it("reads the substitute an apologies sentence names as present", async () => {
    const a = await ask("who subbed at the march meeting?");
    expect(a.answer).toMatch(/Lowdy Trewin/);
  });
});

describe("a map's attribute table whose codes only the legend names", () => {
  it("lists the rows of a code the question asks for by the legend's words, citing the legend", async () => {
    const a = await ask("which lighthouses are awaiting a survey?");
    expect(a.answer).toMatch(/LS3/);
    expect(a.answer).toMatch(/LS5/);
    expect(a.answer).not.toMatch(/LS1\b/);
    expect(a.answer).toMatch(/Awaiting a survey/);
    expect(a.citations.some((c) => c.quote.includes("Awaiting a survey (SURVEY)"))).toBe(true);
  });
});

describe("a reference no target has", () => {
  it("is not answered by the targets that share the question's other words, but from where the papers use it", async () => {
    const a = await ask("is LS2 being leased or not?");
    expect(a.answer).toMatch(/lease the keepers' cottages at Carn Head \(site LS2\)/);
    expect(a.answer).not.toMatch(/LH-04/);
  });
});

describe("an accessible statistics table", () => {
  it("names each row by its lighthouse and period, so a quarter asked finds its own row", async () => {
    const cells = assistant.index.recordsOf("cell").filter((c) => c.docId === STATS);
    expect(cells.some((c) => c.rowLabel === "Carn Head, 2240/41 Q1" && c.column === "Visitors" && c.value === "900")).toBe(true);
    const a = await ask("how many visitors at carn head in q1?");
    expect(a.answer).toMatch(/900/);
    expect(a.answer).not.toMatch(/5400/);
  });

  it("says what a shorthand in a cell means, as the table's key says", async () => {
    const a = await ask("how many guided tours at polwenna rock in q1?");
    expect(a.answer).toMatch(/\[c\]/);
    expect(a.answer).toMatch(/fewer than 5/);
  });
});

describe("drop-down ratings", () => {
  it("lists the measures rated red by the entry each field chose", async () => {
    const a = await ask("which measures are red?");
    expect(a.answer).toMatch(/LHM-2/);
    expect(a.answer).not.toMatch(/LHM-1/);
  });
});
