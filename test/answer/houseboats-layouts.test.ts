/**
 * Papers of the Houseboat Moorings and Waterways Task Group in the layouts of other tools (see
 * helpers/papers-houseboats): a MyST markdown report, a council's payments file, a freedom of information
 * request's page and a Word handout with no title.
 */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { CONTACT, FORUM_DELEGATES, bidsCsv, HOUSEBOATS_BODY, RECOMMENDATION_C, REVIEWER, SPEND_PAYMENT, WITHHELD, foiHtml, mystReport, spendCsv, untitledHandoutDocx } from "../helpers/papers-houseboats.js";

let assistant: Assistant;
let corpus: string;
const REPORT = "hmtg-item-3-first-year-review-2190-09-12";
const SPEND = "wexcombe-cc-spend-over-500-2190-07-to-09";
const FOI = "foi-houseboat-mooring-surveys-2190-10-02";
const HANDOUT = "hmtg-item-4-winter-checks-handout-2190-12-05";
const BIDS = "hmtg-mooring-grant-bids-2190-11";

const metaOf = (docId: string) => assistant.index.documents.find((d) => d.meta.docId === docId)!.meta;
const ask = (q: string) => assistant.answerer.ask(q);

beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, `${REPORT}.md`), mystReport);
  writeFileSync(join(corpus, `${SPEND}.csv`), spendCsv);
  writeFileSync(join(corpus, `${FOI}.html`), foiHtml);
  writeFileSync(join(corpus, `${HANDOUT}.docx`), await untitledHandoutDocx());
  writeFileSync(join(corpus, `${BIDS}.csv`), bidsCsv);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

describe("a MyST markdown report", () => {
  it("reads a list-table as a table's rows, its options and the notebook's code left out", async () => {
    const { text } = await loadFile(join(corpus, `${REPORT}.md`));
    expect(text).toContain("Moorings surveyed by waterway, to 30 June 2190\n");
    expect(text).toContain("| Dunstable Reach | 64 | 52 | 81% |");
    expect(text).not.toMatch(/header-rows|tbl-waterways|import pandas|remove-cell|\(hmtg-item-3\)=/);
    // (A role stays as the file writes it: quotes are checked against the source.)
    expect(text).toContain("| HMA-02 | Survey every licensed mooring | Rufus Pentecost | {bdg-warning}`At risk` | {bdg-danger}`Off track` |");
  });

  it("reads its field list as the front sheet of a paper to the body it names, titled by its heading", async () => {
    const meta = metaOf(REPORT);
    expect(meta.kind).toBe("board paper");
    expect(meta.title).toBe("Mooring licences: first-year review");
    expect(meta.board).toBe(HOUSEBOATS_BODY);
    const a = await ask("who is the contact officer for the mooring licences first-year review?");
    expect(a.answer).toContain("Dr Lavinia Oakenfold");
    expect(a.citations.some((c) => c.quote.includes(CONTACT))).toBe(true);
  });

  it("keeps an admonition's title as a heading over its body", async () => {
    const { text } = await loadFile(join(corpus, `${REPORT}.md`));
    expect(text).toMatch(/^## Recommendations\n\nThat the Task Group:/m);
    expect(text).not.toMatch(/^(?:note|important)$/m);
    const a = await ask("what are the recommendations of the mooring licences review?");
    expect(a.answer).toContain("May 2191");
    expect(a.citations.some((c) => c.quote.includes(RECOMMENDATION_C.slice(0, 40)))).toBe(true);
  });

  it("reads ratings written as badge roles, so what got worse since a month is the badges that dropped", async () => {
    const plan = assistant.index.recordsOf("target").filter((t) => t.docId === REPORT);
    expect(plan.find((t) => t.ref === "HMA-02")?.status).toBe("Red");
    const a = await ask("what got worse on the houseboat delivery plan since march?");
    expect(a.answer).toMatch(/HMA-02[^\n]*At risk → Off track/);
    expect(a.answer).toMatch(/HMA-04[^\n]*On track → At risk/);
    expect(a.answer).not.toMatch(/HMA-0[135]\b/);
  });

  it("lists the rows of a percentage column on the side of a target the question names", async () => {
    const a = await ask("which waterways missed the 90% survey target?");
    expect(a.found).toBe(true);
    for (const [name, , , pct] of [["Dunstable Reach", "", "", "81%"], ["Sallowford Cut", "", "", "85%"], ["Hythe Basin", "", "", "87%"]]) expect(a.answer).toContain(`${name}: ${pct}`);
    expect(a.answer).not.toMatch(/Quillmere Canal|Old Navigation|Total/);
    const met = await ask("which waterways reached 95 per cent surveyed?");
    expect(met.answer).toMatch(/Quillmere Canal: 95%[\s\S]*Old Navigation: 95%/);
    expect(met.answer).not.toContain("Hythe Basin");
  });
});

describe("a council's payments file, the same council on every row", () => {
  it("names each payment's row by a column that tells the rows apart, not by the council that made them all", () => {
    const cells = assistant.index.recordsOf("cell").filter((c) => c.docId === SPEND);
    expect(cells.length).toBeGreaterThan(0);
    expect(new Set(cells.map((c) => c.rowLabel)).size).toBe(7);
    expect(cells.some((c) => c.rowLabel === "Moorings forum - delegate packs")).toBe(true);
    expect(cells.some((c) => c.rowLabel === "Wexcombe County Council")).toBe(false);
  });

  it("answers a payment asked for by its amount from its row, whole", async () => {
    const a = await ask("what was the 7315 payment for?");
    expect(a.answer).toContain("Mooring condition surveys - batch 2");
    expect(a.answer).toContain("Fenwright Surveys Ltd");
    expect(a.citations.some((c) => c.quote.includes("7315.00"))).toBe(true);
  });

  it("reads what was paid as a payment, not as a word the papers never use", async () => {
    const a = await ask("what did we pay Fenwright Surveys for?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain(SPEND_PAYMENT[9]);
  });

  it("reads a wide row the question names by its label as one line, not a line per field", async () => {
    const a = await ask("moorings forum delegate packs");
    const line = a.answer.split("\n").find((l) => l.includes("Quayside Print Ltd"));
    expect(line).toBeDefined();
    expect(line).toMatch(/Net Amount 640\.00[^\n]*Supplier Name Quayside Print Ltd|Supplier Name Quayside Print Ltd[^\n]*Net Amount 640\.00/);
    expect(a.answer.split("\n").filter((l) => l.startsWith("Moorings forum - delegate packs")).length).toBe(1);
  });

  it("lists two rows found whole by their labels a line each, not a line per field", async () => {
    const a = await ask("what were the payments for the moorings forum?");
    const lines = a.answer.split("\n");
    expect(lines.filter((l) => l.startsWith("• Moorings forum - delegate packs") && l.includes("Quayside Print Ltd"))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("• Moorings forum - venue hire") && l.includes("Sallowford Guildhall Trust"))).toHaveLength(1);
    expect(a.answer).not.toMatch(/^Moorings forum - [^\n]*, Payment Date: /m);
  });

  it("does not count with a payment's codes, dates or amount when a row's words share the question's", async () => {
    const a = await ask("how many delegates came to the moorings forum?");
    expect(a.answer).toContain(FORUM_DELEGATES);
    expect(a.answer).not.toMatch(/Transaction Number|Cost Centre|Net Amount|Payment Date/);
  });
});

describe("an export of bids with a recommendation column", () => {
  it("lists the rows a question denies a category of, by the category that says so", async () => {
    const a = await ask("which mooring grant bids aren't being recommended?");
    expect(a.answer).toMatch(/2 items with Recommendation: Do not recommend/);
    expect(a.answer).toContain("HMG-03");
    expect(a.answer).toContain("HMG-05");
    expect(a.answer).not.toMatch(/HMG-0[124]\b/);
    // (A row's link is not shown beside it.)
    expect(a.answer).not.toContain("https://");
  });
});

describe("a freedom of information request's page", () => {
  it("leaves out the site's side column and the controls under each message", async () => {
    const { text } = await loadFile(join(corpus, `${FOI}.html`));
    expect(text).toContain(WITHHELD);
    expect(text).not.toMatch(/Similar requests|Narrowboat licence fees|Link to this|show quoted sections/);
  });

  it("names who wrote a letter in the first person from its sign-off", async () => {
    const a = await ask("who did the internal review?");
    expect(a.answer).toContain(`Signed: ${REVIEWER}, Monitoring Officer`);
    expect(a.citations.some((c) => c.quote.includes(REVIEWER))).toBe(true);
  });

  it("says what is asked for is withheld, not what it is, when the passage that answers says so", async () => {
    const a = await ask("which boatyards were surveyed?");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/withheld, not what it is: “[^”]*we are withholding it under section 43\(2\)/);
  });

  it("finds what was withheld when asked what was refused", async () => {
    const a = await ask("what section did they use to refuse the names of the boatyards?");
    expect(a.answer).toContain("section 43(2)");
  });
});

describe("a later paper's word on a rated action", () => {
  it("follows the report's rating, quoted with its paragraph", async () => {
    const a = await ask("is HMA-04 still at risk?");
    expect(a.answer).toMatch(/HMA-04[^\n]*: At risk \(Amber\) in this report\./);
    // (Not "Yes, At risk": the later paper says otherwise.)
    expect(a.answer).not.toMatch(/Yes, At risk/);
    expect(a.answer).toMatch(/Later, [^\n]*5 December 2190[^\n]*signed on 2 November 2190\. I would now describe HMA-04 as on track\./);
    expect(a.citations.some((c) => c.docId === HANDOUT && c.quote.includes("I would now describe HMA-04 as on track."))).toBe(true);
  });
});

describe("a handout with no title", () => {
  it("is what was proposed to its meeting, not what was decided there, when no minutes of it are held", async () => {
    const a = await ask("what was decided on the winter checks at the 5 dec meeting?");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/no minutes or record of decisions of the meeting of 5 December 2190/);
  });

  it("is dated by its file's name and called by it, not by a date its notes happen to name", () => {
    const meta = metaOf(HANDOUT);
    expect(meta.date).toBe("2190-12-05");
    expect(meta.title).toMatch(/winter checks handout/i);
  });
});
