/**
 * The Weirs and Sluices Task Group's papers (invented): a mail client's task list printed as a table, a
 * slide deck saved as its outline, a workflow's approval message carrying the agenda and the draft minutes
 * of the meeting before, and a risk register whose owners are sign-in claims.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { weirsApprovalEml, weirsRisksCsv, weirsSlidesOutlineRtf, weirsTasksPdf } from "../helpers/papers-weirs.js";

let assistant: Assistant;
beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "wstg-tasks-2612-03-04.pdf"), await weirsTasksPdf());
  writeFileSync(join(corpus, "wstg-item-4-q3-slides-outline-2612-03-10.rtf"), weirsSlidesOutlineRtf(), "latin1");
  writeFileSync(join(corpus, "wstg-agenda-sign-off-2612-03-02.eml"), weirsApprovalEml());
  writeFileSync(join(corpus, "wstg-risks-2612-02-20.csv"), weirsRisksCsv());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

describe("a deck saved as its outline, its table of measures typed as nested bullets", () => {
  it("rates each measure by its latest quarter, not the one before", async () => {
    const a = await assistant.answerer.ask("which WSM measures were red in q3?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("WSM-02");
    expect(a.answer).not.toMatch(/WSM-0[13]/);
  });

  it("gives a measure's target with its position", async () => {
    const a = await assistant.answerer.ask("whats the target for WSM-01 and where is it at");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("12 by 31 March 2612");
    expect(a.answer).toContain("9 (Amber)");
  });

  it("gives the contacts listed under its 'Contacts' slide", async () => {
    const a = await assistant.answerer.ask("who do i contact about the q3 slides? number pls");
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Contacts for "Weirs and Sluices Programme: quarter 3 2611/12"');
    expect(a.answer).toContain("020 7946 0931");
  });
});

describe("an approval message carrying the agenda and the draft minutes of the meeting before", () => {
  it("is the meeting's agenda pack, with its time on the 24-hour clock", async () => {
    const pack = assistant.engine.documents.find((d) => d.meta.docId === "wstg-agenda-sign-off-2612-03-02")!;
    expect(pack.meta.kind).toBe("board agenda pack");
    const a = await assistant.answerer.ask("when and where is the march wstg meeting");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("14:00");
    expect(a.answer).toContain("Room 4");
  });

  it("names each member after one plural title, and the named substitutes", async () => {
    const a = await assistant.answerer.ask("who are the named subs for wstg?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Morwenna Keast");
    expect(a.answer).toContain("Tristan Nancarrow");
  });

  it("reads a lead member by what they lead on, written first", async () => {
    const a = await assistant.answerer.ask("who is the lead member for fish passes and eels?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Piran Chenoweth");
  });

  it("says why an item is taken in private, from the note after the agenda that names it", async () => {
    const a = await assistant.answerer.ask("is item 5 on the march agenda exempt? why");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("paragraph 3 of Part 1 of Schedule 12A");
  });
});

describe("a task list printed grouped by category, done tasks struck through", () => {
  it("gives the December meeting's actions still open by their state in the task list", async () => {
    const a = await assistant.answerer.ask("which actions from the december meeting are still open?");
    expect(a.found).toBe(true);
    for (const ref of ["WSA-12", "WSA-13", "WSA-14"]) expect(a.answer).toContain(ref);
    expect(a.answer).not.toContain("WSA-11");
  });

  it("gives an action's state with the due date the list prints", async () => {
    const a = await assistant.answerer.ask("is wsa-13 overdue");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Not Started");
    expect(a.answer).toContain("29/01/2612");
  });
});

describe("a risk register whose owners are sign-in claims", () => {
  it("names the owner the claim's address spells", async () => {
    const a = await assistant.answerer.ask("who owns WSR-02?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Orla Penhallow-Vane");
  });
});
