/**
 * The Bus Shelters Task Group's papers (invented): a report typeset with troff-style ruled tables and
 * minutes kept as XWiki page source.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { inferMetadata } from "../../src/ingest/metadata.js";
import { extractRecords } from "../../src/ingest/records/index.js";
import { structure } from "../../src/ingest/structure.js";
import type { MinuteRecord, TargetRecord } from "../../src/ingest/records/schema.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { sheltersAgendaMarkdown, sheltersInspectionsCsv, sheltersMinutesXwiki, sheltersPaperMarkdown, sheltersTodoMarkdown, sheltersTypesetPdf } from "../helpers/papers-shelters.js";

const REPORT = "bstg-item-4-q2-performance-2401-10-12.pdf";
const MINUTES = "bstg-minutes-2401-10-12-xwiki.txt";
const TODOS = "bstg-actions-2401-12-01.md";
const PAPER = "bstg-item-4-repairs-recovery-2401-10-12.md";
const AGENDA = "bstg-agenda-2401-10-12.md";
const INSPECTIONS = "bstg-shelter-inspections-kobo-2401-08-15.csv";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, REPORT), await sheltersTypesetPdf());
  writeFileSync(join(corpus, MINUTES), sheltersMinutesXwiki());
  writeFileSync(join(corpus, TODOS), sheltersTodoMarkdown());
  writeFileSync(join(corpus, PAPER), sheltersPaperMarkdown());
  writeFileSync(join(corpus, AGENDA), sheltersAgendaMarkdown());
  writeFileSync(join(corpus, INSPECTIONS), sheltersInspectionsCsv());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const analysed = async (name: string) => {
  const path = join(corpus, name);
  const loaded = await loadFile(path);
  const doc = structure(loaded);
  const meta = inferMetadata(path, doc);
  return { text: loaded.text, meta, records: extractRecords(doc, meta) };
};

describe("a report typeset with troff's ruled tables", () => {
  it("reads a row per measure, wrapped cells with their row, group headings and notes across the table apart", async () => {
    const lines = (await analysed(REPORT)).text.split("\n").map((l) => l.trimEnd());
    expect(lines).toContain("BS-02\tShelters repaired within five working days of a report of damage\t90%\t85%\tA\t71%\tR\tCllr Fenwick");
    expect(lines).toContain("BS-03\tShelters with level access and seating\t75%\t61%\tA\t76%\tB\tCllr Fenwick");
    expect(lines.map((l) => l.trim())).toContain("Workstream: Repairs and access");
    expect(lines.map((l) => l.trim())).toContain("(BS-02 continued) The repair contractor lost two crews in August; see paragraph 9 for the recovery plan.");
  });

  it("heads each column under a heading set over two of them, and rates by the later quarter through the key's letters", async () => {
    const { text, records } = await analysed(REPORT);
    expect(text).toContain("Quarter 1 (June) Figure\tQuarter 1 (June) RAG\tQuarter 2 (Sept) Figure\tQuarter 2 (Sept) RAG");
    const targets = records.filter((r): r is TargetRecord => r.type === "target");
    const bs02 = targets.find((t) => t.ref === "BS-02");
    const bs03 = targets.find((t) => t.ref === "BS-03");
    expect(bs02?.status).toBe("Red");
    expect(bs03?.statusLabel).toBe("achieved");
  });

  it("reads a budget's lines sharing one ruled band a row each, and a council's cell spanning its two bids in each", async () => {
    const lines = (await analysed(REPORT)).text.split("\n").map((l) => l.trimEnd());
    expect(lines).toContain("Repairs contract\t64,000\t40,100\t71,000");
    expect(lines).toContain("Programme management\t18,000\t9,000\t18,000");
    expect(lines).toContain("Harrowgate Borough Council\tSolar lighting for six shelters\t24,000\t31\t24,000");
    expect(lines).toContain("Harrowgate Borough Council\tReal-time display at the interchange\t17,500\t19\t0");
  });
});

describe("minutes kept as XWiki page source", () => {
  it("reads the page as it shows: headings, the facts box, tables, a footnote where it is marked, no comment", async () => {
    const { text, meta } = await analysed(MINUTES);
    expect(meta.title).toMatch(/^Bus Shelters Task Group:? minutes, 12 October 2401$/);
    expect(text).toContain("Chair: Cllr Idris Vantongeren");
    expect(text).toContain("| Cllr Sunniva Marwood | Oxenford CC | Lab | **A** |");
    expect(text).toContain("Oswin Quarrendon introduced the plan. (The plan was circulated on 5 October 2401.)");
    expect(text).toContain("| 6 | 1 (Cllr Marwood) |");
    expect(text).not.toMatch(/last modified|\{\{|\(%|\/\/Key/);
  });

  it("names an action's owner given by initials that the owners' key spells out", async () => {
    const { records } = await analysed(MINUTES);
    const actions = records.filter((r): r is MinuteRecord => r.type === "minute").flatMap((m) => m.actions ?? []);
    expect(actions.find((a) => /crew plan/.test(a.text))?.owner).toBe("OQ (Oswin Quarrendon)");
    expect(actions.find((a) => /green roofs/.test(a.text))?.owner).toBe("TB (Thea Ballantyne)");
  });

  it("answers who has an action and when it is due, the owner's initials and the due month spelled out", async () => {
    const r = await assistant.answerer.ask("BSA-09 - who's got it and when's it due");
    expect(r.answer).toContain("OQ (Oswin Quarrendon)");
    expect(r.answer).toContain("end of January 2402");
  });

  it("answers which of a meeting's actions are still open from a to-do list titled by that meeting's day", async () => {
    const r = await assistant.answerer.ask("which actions from the 12 oct meeting are still open?");
    expect(r.answer).toContain("BSA-07");
    expect(r.answer).not.toContain("BSA-08");
  });

  it("answers which of an earlier meeting's actions were still open from the item on the last meeting's minutes", async () => {
    const r = await assistant.answerer.ask("which of the september actions were still open at the oct meeting?");
    expect(r.answer).toContain("BSA-04");
    // (Not the October meeting's own actions.)
    expect(r.answer).not.toContain("BSA-07");
  });

  it("answers who chairs the task group from the minutes' facts box", async () => {
    const r = await assistant.answerer.ask("who chairs the bus shelters task group?");
    expect(r.answer).toContain("Idris Vantongeren");
  });
});

describe("a paper's front sheet asked of by its item's number", () => {
  it("answers whether item 4 is confidential or a key decision, a slip of the keys in the question too", async () => {
    const r = await assistant.answerer.ask("is item 4 confidential or a key decison?");
    // (From the paper's front sheet, each field asked for on a line of its own; not the meeting's agenda.)
    expect(r.answer).toContain("Shelter repairs: recovery plan");
    expect(r.answer).toContain("• Is this a key decision: Yes: the plan commits £36,000");
    expect(r.answer).not.toContain("Contractor's performance");
  });
});

describe("a survey tool's export of inspections", () => {
  it("names each submission by the site its form names, and answers a field of it asked in shorthand", async () => {
    const r = await assistant.answerer.ask("indoor temp at oxenford market street north on the inspection?");
    expect(r.answer).toMatch(/^Oxenford Market Street north\b/);
    expect(r.answer).toContain("34.8");
    // (The fields asked for, not the forty the form has.)
    expect(r.answer).not.toContain("deviceid");
  });

  it("lists the submissions by a result the question says in other words, in the month their stamps give", async () => {
    const shut = await assistant.answerer.ask("which shelter was shut when we turned up to inspect it?");
    expect(shut.answer).toContain("Harrowgate Bus Garage waiting room");
    expect(shut.answer).not.toContain("Oxenford Market Street north");
    const failed = await assistant.answerer.ask("which shelters failed the august inspections?");
    expect(failed.answer).toContain("Oxenford Market Street north");
    expect(failed.answer).not.toContain("Harrowgate Station forecourt");
  });
});

describe("an amount asked of a place", () => {
  it("answers what a council got from its row, and declines one the papers name but give no amount for", async () => {
    const got = await assistant.answerer.ask("how much did oxenford get from the shelter improvement fund?");
    expect(got.answer).toContain("21,000");
    const none = await assistant.answerer.ask("how much did kestrelton get in round 1 of the shelter improvement fund?");
    expect(none.found).toBe(false);
    expect(none.answer).toContain("Kestrelton");
  });
});
