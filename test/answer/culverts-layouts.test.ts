/**
 * The Culverts and Soakaways Task Group's papers (invented): a Confluence page in storage format, a task list
 * exported as iCalendar, draft minutes downloaded from Google Docs as plain text, the meeting's Zoom chat
 * and a risk register, answered from as their readers would.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { culvertsMinutesGoogleText, culvertsRisksCsv, culvertsTasksIcs, culvertsTrackerStorage, culvertsZoomChat } from "../helpers/papers-culverts.js";

let assistant: Assistant;
beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "cstg-tracker-q3-2631-32-confluence-storage.html"), culvertsTrackerStorage());
  writeFileSync(join(corpus, "cstg-actions-thunderbird-2632-03-20.ics"), culvertsTasksIcs());
  writeFileSync(join(corpus, "cstg-draft-minutes-2632-03-12-google-docs.txt"), culvertsMinutesGoogleText());
  writeFileSync(join(corpus, "cstg-zoom-chat-2632-03-12.txt"), culvertsZoomChat());
  writeFileSync(join(corpus, "cstg-risk-register-2632-02-24.csv"), culvertsRisksCsv());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

describe("a wiki page whose statuses are lozenges", () => {
  it("lists the measures off track at quarter 3, by their lozenges", async () => {
    const a = await assistant.answerer.ask("which CSM measures are off track at q3?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("CSM-02");
    expect(a.answer).toContain("CSM-03");
    expect(a.answer).not.toMatch(/CSM-0[14]/);
  });
});

describe("a task list exported as iCalendar", () => {
  it("says where one task stands, with its notes", async () => {
    const a = await assistant.answerer.ask("is CSA-23 done yet?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("NEEDS-ACTION");
    expect(a.answer).toContain("now expected in May");
    expect(a.citations.some((c) => c.quote.includes("STATUS:NEEDS-ACTION"))).toBe(true);
  });

  it("lists the tasks still open, not the done or cancelled ones", async () => {
    const a = await assistant.answerer.ask("which CSA actions are still open?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("CSA-22");
    expect(a.answer).toContain("CSA-23");
    expect(a.answer).not.toMatch(/CSA-2[14]\b/);
  });
});

describe("minutes downloaded as plain text, and the meeting's chat", () => {
  it("lists every action the meeting agreed, from its actions table", async () => {
    const a = await assistant.answerer.ask("what actions came out of the 12 march meeting?");
    expect(a.found).toBe(true);
    for (const ref of ["CSA-25", "CSA-26", "CSA-27"]) expect(a.answer).toContain(ref);
    // (The meeting's log, under its own line, is the meeting's: not the last item's, nor the comments after it.)
    expect(a.answer).toContain('"Actions from this meeting"');
    expect(a.answer).not.toMatch(/item 6|Kerensa Vosper/);
  });

  it("names both members who declared one interest together", async () => {
    const a = await assistant.answerer.ask("DOIs at the march mtg?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Morgana Tregothnan");
    expect(a.answer).toContain("Tamsin Pellow");
  });

  it("finds a declaration the minutes missed in the chat, with its time", async () => {
    const a = await assistant.answerer.ask("did cllr ashdown declare an interest on item 5? its not in the minutes");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("no declaration by");
    expect(a.answer).toContain("10:39:12");
    expect(a.citations.some((c) => c.quote.includes("Declaration for item 5: Lidden DC has bid CG-2-04"))).toBe(true);
  });

  it("does not take a line about something else named like a member for their declaration", async () => {
    const a = await assistant.answerer.ask("did cllr vosper declare an interest at the march meeting?");
    expect(a.answer).not.toContain("Vosper Road");
  });

  it("does not read 'not out yet' as asking what is complete", () => {
    expect(assistant.engine.parse("which letters haven't gone out yet?").statuses).not.toContain("Blue");
    expect(assistant.engine.parse("are the culvert letters out yet?").statuses).toContain("Blue");
  });
});

describe("a risk the minutes name", () => {
  it("is the one a question asks by what the meeting asked of it", async () => {
    const a = await assistant.answerer.ask("which risk is the chair taking to the board and what's it scored");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("CSR-04");
    expect(a.answer).toContain("20");
    expect(a.answer).not.toMatch(/CSR-0[12]/);
  });
});
