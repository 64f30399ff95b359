/**
 * The Village Pumps Task Group's papers (invented): notes typed in a Zim wiki, the group's page on a
 * network's site and a project tracker's work packages as CSV, answered from as their readers would.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { pumpsHandlesPaper, pumpsSitePage, pumpsTrackerPdf, pumpsWikiPaper, pumpsWorkPackagesCsv, pumpsZimNotes } from "../helpers/papers-pumps.js";

let assistant: Assistant;
beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "vptg-meeting-notes-2712-03-08.txt"), pumpsZimNotes());
  writeFileSync(join(corpus, "vptg-network-site-task-group-2712-02-02.html"), pumpsSitePage());
  writeFileSync(join(corpus, "vptg-work-packages-2712-03-01.csv"), pumpsWorkPackagesCsv());
  writeFileSync(join(corpus, "vptg-item-4-pump-grants-2712-03-08.md"), pumpsWikiPaper());
  writeFileSync(join(corpus, "vptg-tracker-q3-2712-01-10.pdf"), await pumpsTrackerPdf());
  writeFileSync(join(corpus, "vptg-item-5-pump-handles-2712-03-08.txt"), pumpsHandlesPaper());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

describe("notes typed in a Zim wiki", () => {
  it("are the minutes of the meeting their first line names, of the body it names", async () => {
    const docs = assistant.index.documents.map((d) => d.meta);
    const notes = docs.find((m) => m.docId.startsWith("vptg-meeting-notes"))!;
    expect(notes.kind).toBe("minutes");
    expect(notes.board).toBe("Village Pumps Task Group");
    expect(notes.date).toBe("2712-03-08");
  });

  it("read Zim's checkboxes by Zim's states: moved on and open are still open, crossed out is dropped", async () => {
    const a = await assistant.answerer.ask("which of the december meeting's actions are still outstanding?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("PA-22");
    expect(a.answer).toContain("PA-23");
    expect(a.answer).not.toContain("PA-21");
    expect(a.answer).not.toContain("PA-24");
    // (Not the actions of this meeting, which review the December ones.)
    expect(a.answer).not.toContain("PA-25");
    // (Its owner tagged by first name, named in full; its due day in words.)
    expect(a.answer).toContain("Imogen Faraday");
    expect(a.answer).toContain("12 May 2712");
  });

  it("finds a month's actions, its minutes not held, in the later meeting's item that reviews them", async () => {
    const a = await assistant.answerer.ask("which actions from the december 2711 meeting are still outstanding?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("PA-22");
    expect(a.answer).toContain("PA-23");
    expect(a.answer).not.toContain("PA-21");
    expect(a.answer).not.toContain("PA-25");
  });

  it("reads every task under the meeting's actions line, not the note after them", async () => {
    const a = await assistant.answerer.ask("what actions came out of the march meeting?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("PA-25");
    expect(a.answer).toContain("PA-26");
    expect(a.answer).not.toContain("checked against the recording");
  });

  it("reads the declarations listed under the minute's numbered title", async () => {
    const declared = assistant.index.recordsOf("declaration").filter((d) => d.docId.startsWith("vptg-meeting-notes"));
    expect(declared.map((d) => d.person)).toEqual(["Lowell Pargeter"]);
    expect(declared[0]!.interest).toContain("item 4");
    const a = await assistant.answerer.ask("any declarations of interest at the march meeting?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Lowell Pargeter");
    expect(a.answer).toContain("Pumps Trust");
  });

  it("says it has no record of a meeting on a day it holds no papers of, and gives one it holds", async () => {
    const a = await assistant.answerer.ask("did the task group approve the grants on 22 march?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("22 March");
    const held = await assistant.answerer.ask("did the task group approve the grants on 8 march?");
    expect(held.found).toBe(true);
    expect(held.answer).toContain("awards the grants PG-01 and PG-02");
  });

  it("gives a resolution's lettered parts", async () => {
    const a = await assistant.answerer.ask("what did the task group resolve on the pump restoration grants?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("defers PG-03");
  });

  it("gives the due day an earlier log gave an action the notes give none", async () => {
    const a = await assistant.answerer.ask("PA-23 who has it and when was it due?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Thaddeus Wren");
    expect(a.answer).toContain("Due 01/31/2712");
  });
});

describe("a group's page on a network's site", () => {
  it("is the group's, not the network's its title names first", () => {
    const page = assistant.index.documents.find((d) => d.meta.docId.startsWith("vptg-network-site"))!.meta;
    expect(page.board).toBe("Village Pumps Task Group");
  });

  it("reads a member's text box line that says what they lead on", async () => {
    const a = await assistant.answerer.ask("who is lead member for pump houses?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Sabine Crouch");
    // (Her own card's group, not the card's above.)
    expect(a.answer).toContain("Labour");
    expect(a.answer).not.toContain("Conservative");
  });

  it("reads the terms of reference in a collapsed section, not a hidden menu", async () => {
    const a = await assistant.answerer.ask("what is the quorum of the village pumps task group?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("two members");
    const text = assistant.index.documentText(assistant.index.documents.find((d) => d.meta.docId.startsWith("vptg-network-site"))!.meta.docId)?.text ?? "";
    expect(text).toContain("Quorum: two members");
    expect(text).not.toContain("Page updated");
  });
});

describe("a tracker's work packages as CSV", () => {
  it("reads the score at the last review as where a risk stood, and the score beside it as now", async () => {
    const a = await assistant.answerer.ask("which risks score higher than at the previous review?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("PR-01");
    expect(a.answer).toContain("PR-03");
    expect(a.answer).not.toContain("PR-02");
    expect(a.answer).not.toContain("PR-04");
  });

  it("applies the tolerance its parent's description states, of the group its file name gives", async () => {
    // (Not the board its description says the risks are reported to.)
    expect(assistant.index.documents.find((d) => d.meta.docId.startsWith("vptg-work-packages"))!.meta.board).toBe("Village Pumps Task Group");
    const a = await assistant.answerer.ask("which risks are above tolerance on the village pumps register?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("PR-01");
    expect(a.answer).toContain("PR-03");
    expect(a.answer).not.toContain("PR-02");
  });

  it("gives the one accountable as a risk's owner", async () => {
    const a = await assistant.answerer.ask("who owns PR-01?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Imogen Faraday");
  });
});

describe("a paper as a wiki keeps its markdown", () => {
  it("is the paper of the body its callout names, its page block read though it is no YAML", () => {
    const paper = assistant.index.documents.find((d) => d.meta.docId.startsWith("vptg-item-4"))!.meta;
    // (The block's fences are not left in the text as a rule over its lines.)
    const text = assistant.index.documentText(assistant.index.documents.find((d) => d.meta.docId.startsWith("vptg-item-4"))!.meta.docId)?.text ?? "";
    expect(text).not.toMatch(/^---$/m);
    expect(paper.kind).toBe("board paper");
    expect(paper.board).toBe("Village Pumps Task Group");
    expect(paper.date).toBe("2712-03-08");
  });

  it("leaves the blocks' attributes out of its text and its headings", () => {
    const text = assistant.index.documentText(assistant.index.documents.find((d) => d.meta.docId.startsWith("vptg-item-4"))!.meta.docId)?.text ?? "";
    expect(text).not.toMatch(/\{\.(?:is-info|tabset|links-list)\}/);
    expect(text).toMatch(/(?:^|\n)#* ?Bids\n/);
  });

  it("answers from a tab's table, titled by its tab", async () => {
    const a = await assistant.answerer.ask("what did PG-04 score?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("48");
  });
});

describe("a tracker's sheet printed to PDF", () => {
  it("briefs on it with the few measures done as well as those off track", async () => {
    const a = await assistant.answerer.ask("brief me on the pumps programme measures at quarter 3");
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Complete \(1\)/);
    expect(a.answer).toContain("PM-04");
  });
});

describe("a citation asked in words the papers mostly use", () => {
  it("finds the passage by the words they use, and says which word none of them has", async () => {
    const a = await assistant.answerer.ask("cite the wording on spare parts for old pumps running out");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Spare parts for old pumps run out");
    expect(a.answer).toMatch(/No paper uses the word "running"/);
  });

  it("still says it cannot find a passage most of whose words no paper has", async () => {
    const a = await assistant.answerer.ask("quote the zebra giraffe okapi entry on pumps");
    expect(a.found).toBe(false);
  });
});

describe("a paper's recommendations in numbered paragraphs", () => {
  it("gives them to their last lettered point, not on into the next section", async () => {
    const a = await assistant.answerer.ask("recs in the pump handles paper?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("autumn 2713");
    expect(a.answer).not.toContain("cast at the Ashby Vale foundry");
  });
});
