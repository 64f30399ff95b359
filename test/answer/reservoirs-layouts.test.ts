/**
 * Papers of the Reservoirs and Waterways Panel in layouts from other tools (see helpers/papers-reservoirs):
 * a list exported to CSV rated per quarter, a programme update rated per month, minutes set in two
 * columns, a paper with a table of bids invited to reapply, a handbook page with emoji shortcodes.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { parseQuestion } from "../../src/answer/query.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { reservoirsDredgingPaperMd, reservoirsGrantsMd, reservoirsHandbookMd, reservoirsMeasuresCsv, reservoirsMinutesPdf, reservoirsUpdateHtml } from "../helpers/papers-reservoirs.js";

let assistant: Assistant;
let corpus: string;

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "reservoirs-measures-2072-73-q2.csv"), reservoirsMeasuresCsv);
  writeFileSync(join(corpus, "reservoirs-programme-update-2072-11-09.html"), reservoirsUpdateHtml);
  writeFileSync(join(corpus, "reservoirs-minutes-2072-09-07.pdf"), await reservoirsMinutesPdf());
  writeFileSync(join(corpus, "waterside-access-fund-awards-2072-11-09.md"), reservoirsGrantsMd);
  writeFileSync(join(corpus, "reservoirs-panel-handbook.md"), reservoirsHandbookMd);
  writeFileSync(join(corpus, "reservoirs-dredging-contract-2072-11-09.md"), reservoirsDredgingPaperMd);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("minutes typeset in two columns", () => {
  it("reads each column down, with an entry set on a hanging indent as one line, even where it runs into the gap", async () => {
    const { text } = await loadFile(join(corpus, "reservoirs-minutes-2072-09-07.pdf"));
    expect(text).toContain("Cllr Ottilie Brandreth-Moss (Green) – Hensham Borough Council\n");
    expect(text).toContain("Cllr Hugo Lanyon (Lab) – Ormsford Borough Council, for Cllr Tamsin Vosper");
    expect(text).toContain("1.1 The Chair welcomed members and Cllr Hugo Lanyon, attending as substitute for Cllr Tamsin Vosper");
  });

  it("gives who came as a substitute, and for whom", async () => {
    const answer = await assistant.engine.ask("who subbed at the september panel meeting?");
    expect(answer.answer).toContain("Hugo Lanyon");
    expect(answer.answer).toContain("Tamsin Vosper");
  });

  it("says whether the minutes are confirmed, from their own draft notice", async () => {
    const answer = await assistant.engine.ask("are the minutes of the 7 sept reservoirs panel signed off?");
    expect(answer.answer).toContain("DRAFT – to be confirmed at the meeting on 9 November 2072");
    expect(answer.citations[0]?.quote).toContain("DRAFT – to be confirmed");
  });
});

describe("a list exported to CSV with a rating column per quarter", () => {
  it("rates each measure by the latest quarter rated, and quotes its row from its name", async () => {
    const answer = await assistant.engine.ask("which reservoirs measures are red at q2?");
    expect(answer.answer).toContain("RW-04");
    expect(answer.answer).not.toContain("RW-01");
    expect(answer.citations.some((c) => c.quote.startsWith("Anglers holding day permits | RW-04"))).toBe(true);
  });

  it("answers a move named by its two ratings", async () => {
    const answer = await assistant.engine.ask("any measures gone from amber to green in the reservoirs measures?");
    expect(answer.answer).toContain("RW-07");
    expect(answer.answer).not.toContain("RW-02");
  });
});

describe("a programme update rated by month", () => {
  it("compares the months asked, naming each workstream by its own code", async () => {
    const answer = await assistant.engine.ask("which workstreams got worse between jun and oct?");
    expect(answer.answer).toContain("WW1 Dam safety");
    expect(answer.answer).toContain("WW4 Volunteers");
    expect(answer.answer).not.toContain("WW2");
    expect(answer.answer).not.toContain("WW1 WW1");
  });

  it("reads a status that goes on after its rating word", async () => {
    const answer = await assistant.engine.ask("is the letter to the water company about access charges done yet?");
    expect(answer.answer).toContain("A72-04");
    expect(answer.answer).toContain("Overdue");
  });

  it("gives what a document without a front sheet asks the panel to decide", async () => {
    const answer = await assistant.engine.ask("what did the waterways programme update ask the panel to decide?");
    expect(answer.answer).toContain("(b) agree to move the angling permits target from 2,400 to 1,800");
  });
});

describe("a table named by its caption", () => {
  it("is listed whole, row by row", async () => {
    const answer = await assistant.engine.ask("which waterside fund bids were invited to reapply in round 2?");
    expect(answer.answer).toContain("WAF1-03");
    expect(answer.answer).toContain("WAF1-11");
    expect(answer.answer).not.toContain("WAF1-02");
  });
});

describe("the lowest of a column", () => {
  it("is read from the column the word after 'lowest' names, not another the question also names", async () => {
    const answer = await assistant.engine.ask("which of the recommended awards had the lowest score?");
    expect(answer.answer).toMatch(/^WAF1-05\b/);
  });
});

describe("a meeting of which no paper is held", () => {
  it("is declined, saying which minutes are held, not answered from another meeting's", async () => {
    const answer = await assistant.engine.ask("what did the june 2072 meeting decide on angling permits?");
    expect(answer.found).toBe(false);
    expect(answer.answer).toContain("7 September 2072");
  });
});

describe("a front sheet's form boxes", () => {
  it("answer 'a key decision? exempt?' with the option ticked", async () => {
    const answer = await assistant.engine.ask("is the silt dredging report a key decision? exempt?");
    expect(answer.answer).toContain("Key decision: No");
    expect(answer.answer).toContain("Exempt information: Yes");
    // (And said in words, as a reader would put it.)
    expect(answer.answer).toContain("it is not a key decision");
    expect(answer.answer).toContain("it is exempt information");
  });
});

describe("a markdown page with emoji shortcodes", () => {
  it("reads them as the built page shows them: not as words", async () => {
    const { text } = await loadFile(join(corpus, "reservoirs-panel-handbook.md"));
    expect(text).not.toMatch(/:calendar:|:material-water:/);
    expect(text).toContain("- Thursday 7 September 2072 – angling permits, dam safety");
  });
});

describe("who takes the chair for one item", () => {
  it("is not asked of the board's chair", () => {
    const vocab = { people: [], boards: ["Reservoirs and Waterways Panel"] };
    expect(parseQuestion("who's chairing the waterside fund item on 9 nov?", vocab).intent).not.toBe("membership");
    expect(parseQuestion("who chairs the reservoirs panel?", vocab).intent).toBe("membership");
  });
});
