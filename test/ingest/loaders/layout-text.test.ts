/**
 * The text a document library keeps of a published PDF (`pdftotext -layout`): two columns interleaved line
 * by line, unruled tables aligned by spaces, front sheets as columns of labels and values. It is read as the
 * PDF was: a column after the other, a paragraph a line, a table row a line.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadFile } from "../../../src/ingest/loaders/index.js";
import { unfoldTextColumns } from "../../../src/ingest/loaders/layout-text.js";
import { lighthousePackLayoutText } from "../../helpers/papers-lighthouses.js";
import { tempDir, testConfig } from "../../helpers/assistant.js";
import { openAssistant, type Assistant } from "../../../src/assistant.js";

async function loaded(text: string, name = "lhtg-agenda-pack-2240-03-13.txt"): Promise<string> {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return (await loadFile(path)).text;
}

describe("text written by pdftotext -layout", () => {
  it("reads two columns of prose one after the other, each paragraph a line", async () => {
    const text = await loaded(lighthousePackLayoutText());
    expect(text).toContain(
      "1. The fund opened on 4 January 2240 with £450,000 for the lanterns of the coast's eleven lighthouses. Five bids were received by the closing date of 20 February.",
    );
    expect(text).toContain("3. The Chair may decide grants of up to £75,000; larger grants are for the Task Group. Every recommended grant is over £75,000.");
    expect(text.indexOf("2. The panel scored")).toBeLessThan(text.indexOf("Why the Task Group decides"));
    // (The caption under the columns stays over its table, after both columns.)
    expect(text.indexOf("4. Grants are paid half")).toBeLessThan(text.indexOf("Table 1: Lantern restoration bids"));
  });

  it("reads a membership list set in two columns group by group, each name with its council", async () => {
    const text = await loaded(lighthousePackLayoutText());
    expect(text).toMatch(/Cllr Piran Gwithian \(Chair\)\s+Carn Head Borough Council/);
    expect(text).toMatch(/Named substitutes\s+Cllr Ythan Carbis \(Labour\)\s+Lanyon City Council/);
    expect(text.indexOf("Cllr Demelza Hocking")).toBeLessThan(text.indexOf("Liberal Democrat (1)"));
    // (Not the two columns' lines run together as printed side by side.)
    expect(text).not.toMatch(/Carn Head Borough Council\s+Mousehole District Council/);
  });

  it("reads a front sheet a label and its value a row, a wrapped label kept with its row", async () => {
    const text = await loaded(lighthousePackLayoutText());
    expect(text).toMatch(/^Is this report confidential\?\tNo\.$/m);
    expect(text).toMatch(/^Is this a key decision\?\tYes\.$/m);
    expect(text).toMatch(/^Recommendations\tThat the Task Group \(a\) awards grants totalling £412,000 to the four lighthouses in Table 1; \(b\) carries the remaining £38,000 to round 2\.$/m);
  });

  it("reads an unruled table a row a line, a cell wrapped under its column with the others empty kept in its row", async () => {
    const text = await loaded(lighthousePackLayoutText());
    expect(text).toMatch(/^LRF-1\tCarn Head\tReplace the optic's bearing and clockwork\t120,000\t78/m);
    expect(text).toMatch(/^LRF-2\tPorthmellow Point\tReglaze the lantern room\t96,000\t71\tReduced from £110,000$/m);
    // (Running headers and page numbers are not the text.)
    expect(text).not.toMatch(/Page 2/);
  });

  it("leaves fixed-width text alone when it is not a PDF's text layer (no form feed after its last page)", async () => {
    const typed = lighthousePackLayoutText().replace(/\f$/, "");
    const text = await loaded(typed, "lhtg-typed-2240.txt");
    expect(text).not.toContain("1. The fund opened on 4 January 2240 with £450,000 for the lanterns of the coast's eleven lighthouses.");
  });

  it("does not take a front sheet's label and value columns, on a page of full-width lines, for two columns of prose", () => {
    const sheet = ["Purpose of report             For decision.", "Contact officer               Morwenna Trelawny-Oake", "Phone                         020 7946 0999", "Email                         morwenna@example.org"].join("\n");
    expect(unfoldTextColumns(sheet, 100)).toBe(sheet);
    // (The same lines alone, as wide as the page, are two columns: the page's width says which they are.)
    expect(unfoldTextColumns(sheet)).not.toBe(sheet);
  });
});

describe("the draft minutes a pack in pdftotext's layout carries", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    const corpus = join(tempDir(), "corpus");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "lhtg-agenda-pack-2240-03-13.txt"), lighthousePackLayoutText());
    assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
  }, 90_000);
  afterAll(() => assistant?.close());

  it("answers what that meeting agreed, a resolution's lettered list with it, asked by the month alone", async () => {
    const a = await assistant.answerer.ask("what did the tg agree in jan about the lantern restoration fund?");
    expect(a.answer).toMatch(/sets aside £450,000 for grants in 2239\/40/);
    expect(a.answer).toMatch(/delegates the decision on grants of up to £75,000/);
  });

  it("says whom a substitute stood in for, from the bracket after the name", async () => {
    const a = await assistant.answerer.ask("who subbed at the jan meeting?");
    expect(a.answer).toMatch(/Ythan Carbis/);
    expect(a.answer).toMatch(/for Cllr Demelza Hocking/);
  });
});
