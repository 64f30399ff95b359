/**
 * The Cattle Grids and Commons Task Group's papers (invented): a notes page whose follow-up tasks are a task
 * list's rows, a meeting item saved as text, a notes app's page with its properties, a BI tool's export with a
 * row per measure per quarter, and a register whose tolerance is a sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { structure } from "../../src/ingest/structure.js";
import { inferMetadata } from "../../src/ingest/metadata.js";
import { parseQuestion } from "../../src/answer/query.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { cattleGridsBudgetHtml, cattleGridsMeasuresCsv, cattleGridsMembershipMarkdown, cattleGridsTrackerMarkdown, cattleGridsMeetingRequestText, cattleGridsNotesHtml, cattleGridsPaperHtml, cattleGridsRisksMarkdown } from "../helpers/papers-cattlegrids.js";

const NOTES = "cgctg-meeting-notes-2455-10-20.html";
const REQUEST = "cgctg-meeting-request-2455-12-15.txt";
const PAPER = "cgctg-item-4-grid-grants-2455-12-15.html";
const MEASURES = "cgctg-grid-measures-export-2455-11-02.csv";
const RISKS = "cgctg-grid-risks-2455-11-24.md";
const BUDGET = "cgctg-budget-p7-2455-56.html";
const MEMBERSHIP = "cgctg-terms-of-reference-membership-2455-56.md";
const TRACKER = "cgctg-programme-tracker-2455-56-q2.md";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, NOTES), cattleGridsNotesHtml());
  writeFileSync(join(corpus, REQUEST), cattleGridsMeetingRequestText());
  writeFileSync(join(corpus, PAPER), cattleGridsPaperHtml());
  writeFileSync(join(corpus, MEASURES), cattleGridsMeasuresCsv());
  writeFileSync(join(corpus, RISKS), cattleGridsRisksMarkdown());
  writeFileSync(join(corpus, BUDGET), cattleGridsBudgetHtml());
  writeFileSync(join(corpus, MEMBERSHIP), cattleGridsMembershipMarkdown());
  writeFileSync(join(corpus, TRACKER), cattleGridsTrackerMarkdown());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const lines = async (name: string) => (await loadFile(join(corpus, name))).text.split("\n").map((l) => l.trimEnd());
const metaOf = async (name: string) => inferMetadata(join(corpus, name), structure(await loadFile(join(corpus, name))));

describe("a notes page whose follow-up tasks are a task list's rows", () => {
  it("reads each task with its box, an avatar's initials for its assignee and its due day apart", async () => {
    const text = await lines(NOTES);
    expect(text).toContain("☐ CGA-31 Grid inspection schedule to the 15 Dec meeting HT 15 Dec");
    expect(text).toContain("☑ Completed CGA-32 Write to the highway authority about the Fellside grid Ines Woodroffe 1 Nov");
  });

  it("is of the day its file's name gives when the page names it without a year", async () => {
    const meta = await metaOf(NOTES);
    expect(meta.kind).toBe("minutes");
    expect(meta.date).toBe("2455-10-20");
  });

  it("answers the open tasks, a task's assignee and due day by its reference, a vote's tally and both declarations", async () => {
    const open = await assistant.answerer.ask("which actions from the 20 oct meeting are still open?");
    expect(open.answer).toContain("CGA-31");
    expect(open.answer).toContain("CGA-33");
    expect(open.answer).not.toContain("CGA-32");
    expect(open.answer).not.toContain("Add a task");
    const owner = await assistant.answerer.ask("who's got CGA-33 and when is it due?");
    expect(owner.answer).toContain("Ines Woodroffe");
    expect(owner.answer).toContain("16 Feb");
    const vote = await assistant.answerer.ask("how did the site visit vote go?");
    expect(vote.answer.indexOf("Fri 12 Nov")).toBeGreaterThan(-1);
    expect(vote.answer.indexOf("Fri 12 Nov")).toBeLessThan(vote.answer.indexOf("Wed 24 Nov"));
    expect(vote.answer).toContain("6 votes");
    const declared = await assistant.answerer.ask("DOIs at the 20 oct meeting?");
    expect(declared.answer).toContain("Penhallow");
    expect(declared.answer).toContain("Blackmore");
  });
});

describe("a meeting item a desktop calendar saved as text", () => {
  it("is the meeting's invitation, of its start day, called by its subject", async () => {
    const meta = await metaOf(REQUEST);
    expect(meta.kind).toBe("board agenda pack");
    expect(meta.date).toBe("2455-12-15");
    expect(meta.title).toBe("CGCTG – Cattle Grids and Commons Task Group – 15 December (updated: room change)");
  });

  it("answers its agenda, read from a table whose item column holds number and title, and its named substitutes", async () => {
    const agenda = await assistant.answerer.ask("what's on the agenda for 15 dec?");
    expect(agenda.answer).toContain("Grid replacement programme: quarter 2 performance");
    expect(agenda.answer).toContain("Grid grants round 2");
    const sub = await assistant.answerer.ask("who's the conservative named substitute on the task group?");
    expect(sub.answer).toContain("Marigold Featherstonehaugh");
  });

  it("quotes the one row of a table of group offices that the question names", async () => {
    const tell = await assistant.answerer.ask("can't make the december meeting, which group office do I tell? I'm labour");
    expect(tell.answer).toContain("020 7946 0992");
    expect(tell.answer).not.toContain("020 7946 0991");
  });

  it("reads a room's number as a room, not a target's reference", () => {
    expect(parseQuestion("is the dec meeting still in room 2.4?").refs).toEqual([]);
  });
});

describe("a notes app's page exported with its properties", () => {
  it("writes its check boxes by their state and is a paper titled by its heading", async () => {
    const text = await lines(PAPER);
    expect(text).toContain("Key decision\t☑");
    expect(text).toContain("Exempt\t☐");
    const meta = await metaOf(PAPER);
    expect(meta.kind).toBe("board paper");
    expect(meta.title).toBe("Item 4 – Grid grants round 2: recommended awards");
  });
});

describe("a paper's table of bids, a row named by its applicant", () => {
  it("answers the condition on one award from the recommendations, not the list of rows marked Award", async () => {
    const condition = await assistant.answerer.ask("what condition is on the haddow moor commoners award?");
    expect(condition.answer).toContain("31 March 2456");
    expect(condition.answer).not.toContain("GG2-01");
  });
});

describe("a BI tool's export with a row per measure per quarter", () => {
  it("covers the quarters its rows name, placed by their end dates, and is of the last one rated", async () => {
    const meta = await metaOf(MEASURES);
    expect(meta.period).toBe("Q2 2455/56");
    expect(meta.covers.filter((c) => c.kind === "quarter").map((c) => c.quarter)).toEqual([1, 2, 3, 4]);
  });

  it("answers a quarter's reds, and what got worse between two quarters", async () => {
    const red = await assistant.answerer.ask("which grid measures are red at q2?");
    expect(red.answer).toContain("CG-01");
    expect(red.answer).not.toContain("CG-02");
    const worse = await assistant.answerer.ask("what got worse on the grid measures between q1 and q2?");
    expect(worse.answer).toContain("CG-01");
    expect(worse.answer).toContain("CG-02");
    expect(worse.answer).not.toContain("CG-03");
  });
});

describe("a BI tool's export's quarters still to come", () => {
  it("says a quarter still to come has no figure yet, only what is planned", async () => {
    const q3 = await assistant.answerer.ask("what's the q3 figure for CG-01?");
    expect(q3.found).toBe(false);
    expect(q3.answer).toContain("Sum of Target: 14");
  });
});

describe("a budget whose opening line names what it is of", () => {
  it("answers the total of the scheme its opening line names, though its title does not", async () => {
    const total = await assistant.answerer.ask("total cattle grid replacement scheme budget this year?");
    expect(total.answer).toContain("Budget £630,000");
    expect(total.answer).not.toContain("Grid grants");
  });
});

describe("a list of changes to membership", () => {
  it("answers who took a member's place, from the line after the one saying they stood down, the surname typed short", async () => {
    const replaced = await assistant.answerer.ask("who replaced cllr hollingswort on the task group?");
    expect(replaced.answer).toContain("Ambrose Kittle");
  });
});

describe("a tracker's workstreams", () => {
  it("answers how a workstream named by its words is doing, from the rows under its heading", async () => {
    const grazing = await assistant.answerer.ask("the grazing workstream they added in october - how's it doing?");
    expect(grazing.answer).toContain("CGW-2.1");
    expect(grazing.answer).toContain("CGW-2.2");
    expect(grazing.answer).not.toContain("CGW-1.2");
  });

});

describe("a risk register whose tolerance is a sentence of its key", () => {
  it("answers the risks over tolerance and the risks that went up at a month's review", async () => {
    const over = await assistant.answerer.ask("any risks over tolerance on the register?");
    expect(over.answer).toContain("CGR-01");
    expect(over.answer).toContain("CGR-03");
    expect(over.answer).not.toContain("CGR-02");
    const up = await assistant.answerer.ask("which risks went up at the nov review?");
    expect(up.answer).toContain("CGR-01");
    expect(up.answer).toContain("CGR-03");
    expect(up.answer).not.toContain("CGR-04");
  });

  it("does not read a virement 'done on' the budget as things done", () => {
    expect(parseQuestion("what virement was done on the retrofit budget?").statuses).toEqual([]);
  });
});
