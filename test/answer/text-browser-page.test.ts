/**
 * A council web page saved by a text-mode browser (`lynx -dump`): the page's link tags and menu first, each
 * link a number in brackets, body text indented, and the team's contact details under a heading of their
 * own rather than a "Contact:" label. An invented Tidal Moorings service of an invented Wrenhaven Council.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";

const page = `   #[1]alternate [2]Wrenhaven Council news

   [3]Skip to main content

   [4]Wrenhaven Council

     * [5]Home
     * [6]Harbour and moorings
     * [7]Contact the team

Tidal moorings

   Wrenhaven Council lets 140 tidal moorings in the outer harbour. Mooring
   applications are decided by the Harbour Moorings Panel, which meets on
   the second Tuesday of each month.

Apply for a mooring

   Apply online with your boat's length, draught and insurance. We answer
   every application within 20 working days.

Contact the team

   Moorings team: Ottilie Brannagh, Harbour Moorings Officer

   Email: [8]moorings@wrenhaven.example

   Telephone: 01632 960 417 (Monday to Friday, 9am to 4pm)

Related

   [9]Harbour byelaws

References

   1. https://www.wrenhaven.example/news.rss
   2. https://www.wrenhaven.example/news
   8. mailto:moorings@wrenhaven.example
`;

let assistant: Assistant;
const DOC = "tidal-moorings-page-2199-04-02";

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${DOC}.txt`), page);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("a web page dumped by a text browser", () => {
  it("is not titled by its link tags or its menu", () => {
    const title = assistant.index.documents.find((d) => d.meta.docId === DOC)!.meta.title;
    expect(title).not.toMatch(/\[\d+\]/);
  });

  it("answers who to contact from the lines under its contact heading", async () => {
    const a = await assistant.answerer.ask("who deals with mooring applications and how do i get hold of them?");
    expect(a.answer).toContain("Ottilie Brannagh");
    expect(a.answer).toContain("01632 960 417");
    expect(a.citations.some((c) => c.quote.includes("Moorings team: Ottilie Brannagh, Harbour Moorings Officer"))).toBe(true);
  });
});
