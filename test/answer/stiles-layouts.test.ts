/**
 * The Stiles and Kissing Gates Task Group's papers (invented): draft minutes e-mailed with their numbered
 * headings pasted as lists of one item and the action log pasted after them, a graphics tool's summary
 * whose ratings are pills, a CRM's risk report and a members' handbook.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { stilesAgendaPackText, stilesHandbookHtml, stilesPackDocx, stilesMinutesEml, stilesRisksCsv, stilesSeptemberNotesMd, stilesSummaryPdf } from "../helpers/papers-stiles.js";

let assistant: Assistant;
beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "skgtg-draft-minutes-2601-12-02.eml"), stilesMinutesEml());
  writeFileSync(join(corpus, "skgtg-q3-summary-2601-02.pdf"), await stilesSummaryPdf());
  writeFileSync(join(corpus, "skgtg-programme-risks-report-2602-03-03.csv"), stilesRisksCsv());
  writeFileSync(join(corpus, "skgtg-members-handbook-2601-02.html"), stilesHandbookHtml);
  writeFileSync(join(corpus, "skgtg-notes-2601-09-16.md"), stilesSeptemberNotesMd);
  writeFileSync(join(corpus, "skgtg-agenda-pack-2602-03-16.txt"), stilesAgendaPackText);
  writeFileSync(join(corpus, "skgtg-papers-2602-02-10.docx"), await stilesPackDocx());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

describe("draft minutes e-mailed with a covering note", () => {
  it("are dated by their meeting, not by the day corrections are due nor the day sent", () => {
    const minutes = assistant.engine.documents.find((d) => d.meta.docId === "skgtg-draft-minutes-2601-12-02")!;
    expect(minutes.meta.kind).toBe("minutes");
    expect(minutes.meta.date).toBe("2601-12-02");
  });

  it("say they are a draft when asked whether they are approved", async () => {
    const a = await assistant.answerer.ask("have the 2 dec minutes been approved yet?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("DRAFT – NOT YET APPROVED");
  });

  it("give the overdue action from the log pasted after the last item", async () => {
    const a = await assistant.answerer.ask("which actions on the skgtg action log are overdue?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("SKA-12");
    expect(a.answer).not.toMatch(/SKA-1[13]/);
  });
});

describe("a meeting's actions, each with its state", () => {
  it("are late when the log calls them so: not those done, nor those only open", async () => {
    const a = await assistant.answerer.ask("which actions from the september meeting are overdue?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("SKN-02");
    expect(a.answer).not.toMatch(/SKN-0[13]/);
  });
});

describe("a members' handbook known by the body's initials", () => {
  it("is the body's, not a body named after its heading 'About the Task Group'", () => {
    const handbook = assistant.engine.documents.find((d) => d.meta.docId === "skgtg-members-handbook-2601-02")!;
    expect(handbook.meta.board).toBe("Stiles and Kissing Gates Task Group");
  });

  it("gives the members of the parties asked, 'green party' a party and not a rating", async () => {
    const a = await assistant.answerer.ask("which tg members are green party or independent");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Fenella Haddow");
    expect(a.answer).toContain("Rhys Abernant");
    expect(a.answer).not.toMatch(/Tregarthen|Pennock|Quilliam|SKG-0/);
  });

  it("gives a meeting's day by its month, not the day struck through", async () => {
    const a = await assistant.answerer.ask("when is the march tg meeting?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("16 March 2602");
    expect(a.answer).not.toContain("9 March 2602");
  });

  it("answers the body's quorum", async () => {
    const a = await assistant.answerer.ask("whats the quorum for the skgtg");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Three members, including the Chair or the Vice-Chair.");
  });
});

describe("ratings laid over a summary's cells and a CRM report's RAG column", () => {
  it("lists the measures red at quarter 3", async () => {
    const a = await assistant.answerer.ask("which SKG measures were red at q3?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("SKG-01");
    expect(a.answer).toContain("SKG-04");
    expect(a.answer).not.toMatch(/SKG-0[23]/);
  });

  it("says a quarter the summary does not give is not held, for measures named by their references' letters", async () => {
    const a = await assistant.answerer.ask("what were the q4 figures for the SKG measures?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("no figures for the SKG measures at Q4");
    expect(a.answer).toContain("Q1 and Q2 and Q3 only");
  });

  it("lists the red risks by their rating, not the closed record", async () => {
    const a = await assistant.answerer.ask("which risks are red on the programme risk register?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("SKR-02");
    expect(a.answer).not.toMatch(/SKR-0[13]/);
  });
});

describe("a briefing on one item of a meeting", () => {
  it("is on that item's paper, not the whole agenda", async () => {
    const a = await assistant.answerer.ask("can you give me a quick briefing on the risk register item for 16 march");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("reported to the Countryside Access Board on 4 April 2602");
    expect(a.answer).toContain("Tamsin Rowe");
    expect(a.answer).not.toContain("£180,000");
  });
});

describe("a paragraph asked for by its number within its section", () => {
  it("is the paper's paragraph of that number, '3.2', not the paragraph '3' nor the minutes' own 3.2", async () => {
    const a = await assistant.answerer.ask("what does para 3.2 of the kissing gates grants round 2 paper say?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("The panel moderated the scores on Monday 15 February 2602.");
    expect(a.answer).not.toContain("Eleven councils bid");
  });
});
