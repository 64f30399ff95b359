/**
 * Answers from the Libraries Panel's papers (test/helpers/papers-libraries.ts): a Word agenda whose item
 * numbers follow a time column and whose contact officer is only in the page footer, an email sent round
 * as the note of an informal meeting, and a performance page titled "body – what it is".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { librariesAgendaDocx, librariesEmailNote, librariesPerformanceHtml } from "../helpers/papers-libraries.js";

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "libraries-agenda-2026-12-09.docx"), await librariesAgendaDocx());
  writeFileSync(join(corpus, "libraries-informal-note.txt"), librariesEmailNote);
  writeFileSync(join(corpus, "libraries-performance-q2.html"), librariesPerformanceHtml);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const quotes = (a: Awaited<ReturnType<typeof ask>>) => a.citations.map((c) => c.quote).join("\n");
const titleOf = (docId: string) => assistant.index.documents.find((d) => d.meta.docId === docId)?.meta.title;

describe("a Word agenda whose item numbers follow a time column", () => {
  it("lists the items by their own numbers, the exempt part's as confidential, without page numbers", async () => {
    const a = await ask("what's on the agenda for the 9 dec meeting?");
    expect(a.answer).toContain("2. Library opening hours survey 2026");
    expect(a.answer).toMatch(/4\. Book supply framework: commercial terms[^\n]*confidential/);
    expect(a.answer).not.toMatch(/\(pages \d/);
    expect(a.answer).not.toContain("10.30. ");
  });

  it("finds the contact officer the page footer gives", async () => {
    const a = await ask("whos the contact officer for the dec 9 agenda");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Perpetua Langridge");
    expect(quotes(a)).toContain("Contact officer: Perpetua Langridge, Senior Adviser (Libraries)");
  });
});

describe("an email sent round as the note of an informal meeting", () => {
  it("is titled by its subject, not its sender", () => {
    expect(titleOf("libraries-informal-note")).toBe("Note of informal meeting with the publishers - Fri 20 Nov");
  });

  it("says who was there and who sent apologies, for the day the subject names", async () => {
    const a = await ask("who was at the informal mtg with the publishers?");
    expect(a.answer).toContain("20 November 2026");
    expect(a.answer).toMatch(/present: [^.]*Marisol Ebbage[^.]*Imogen Castlereagh/);
    expect(a.answer).toMatch(/Apologies: Ngozi Haverstock/);
    expect(quotes(a)).toContain("Attendees: Cllr Marisol Ebbage (Kirklees)");
  });
});

describe("a web page titled by its body, a dash, then what it is", () => {
  it("keeps what the page is in its title", () => {
    expect(titleOf("libraries-performance-q2")).toBe("Libraries Panel – Quarterly performance report: Quarter 2 2026/27");
  });

  it("answers whom to ask about a report named by its kind with the report's own author and contact", async () => {
    const a = await ask("who do i ask about the numbers in the perf report?");
    expect(a.answer).toContain("Augustin Pemberthy");
    expect(quotes(a)).toContain("augustin.pemberthy@local.gov.uk");
  });

  it("quotes a short paragraph whole behind the sentence that answers", async () => {
    const a = await ask("how many hours did volunteers give to library outreach?");
    expect(a.answer).toContain("8,940");
    expect(quotes(a)).toContain("Volunteers gave 8,940 hours to library outreach in the quarter. Most of the hours went to home delivery services");
  });
});
