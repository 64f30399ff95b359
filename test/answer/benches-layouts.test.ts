/**
 * The Public Benches Task Group's papers (invented): a dashboard downloaded as PDF, an issue tracker's CSV
 * export, minutes whose risk register names owners by their posts, and a short update naming a risk.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { benchesDashboardPdf, benchesMinutesMarkdown, benchesTrackerCsv, benchesUpdateMarkdown } from "../helpers/papers-benches.js";

const DASHBOARD = "pbtg-dashboard-2419-11-24.pdf";
const TRACKER = "pbtg-tracker-export-2419-12-09.csv";
const MINUTES = "pbtg-minutes-2419-11-10.md";
const UPDATE = "pbtg-update-2419-12-03.md";

let assistant: Assistant;
let corpus: string;
beforeAll(async () => {
  corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, DASHBOARD), await benchesDashboardPdf());
  writeFileSync(join(corpus, TRACKER), benchesTrackerCsv());
  writeFileSync(join(corpus, MINUTES), benchesMinutesMarkdown());
  writeFileSync(join(corpus, UPDATE), benchesUpdateMarkdown());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 120_000);

afterAll(() => assistant?.close());

const lines = async (name: string) => (await loadFile(join(corpus, name))).text.split("\n").map((l) => l.trimEnd());

describe("a dashboard downloaded as PDF", () => {
  it("heads each column of a pivot table with the quarter set over its pair", async () => {
    const text = await lines(DASHBOARD);
    expect(text).toContain("Ref\tMeasure\tQ1 2419/20 Target\tQ1 2419/20 Actual\tQ2 2419/20 Target\tQ2 2419/20 Actual");
    expect(text).toContain("PB-03\tMemorial bench plaques processed\t300\t287\t320\t346");
  });

  it("reads a scorecard beside a table's first rows after the table, and the table's labels in order over its columns", async () => {
    const text = await lines(DASHBOARD);
    expect(text.map((l) => l.trim())).toContain("Council\tRepairs reported\tCompleted in 10 days\t% completed");
    expect(text).toContain("1.\tAshcott\t212\t192\t90.6%");
    expect(text).toContain("2.\tBrenthorpe\t264\t232\t87.9%");
    const total = text.findIndex((l) => l.includes("Grand total"));
    const card = text.indexOf("Benches inspected this quarter");
    expect(card).toBeGreaterThan(total);
    expect(text.slice(card)).toContain("1,284");
  });

  it("answers a quarter's target and actual from the pivot table beside the row's rating", async () => {
    const answer = await assistant.answerer.ask("whats the q2 actual vs target for PB-03");
    expect(answer.answer).toContain("346");
    expect(answer.answer).toContain("320");
    expect(answer.citations.some((c) => c.quote.includes("| 320 | 346"))).toBe(true);
    // (The rating's row is quoted from its reference, not from part of it.)
    expect(answer.citations.every((c) => !/^-\d/.test(c.quote))).toBe(true);
  });

  it("adds a measure whose row the report does not print from the minutes that rate it in words", async () => {
    const answer = await assistant.answerer.ask("which benches measures were off track at q2?");
    expect(answer.answer).toContain("PB-04");
    expect(answer.answer).toContain("PB-05");
    expect(answer.citations.some((c) => c.quote.includes("two off track (PB-04 and PB-05)"))).toBe(true);
  });

  it("lists milestones by their rating from the report that has them, not from a later log", async () => {
    const answer = await assistant.answerer.ask("which milestones are late or at risk rn");
    expect(answer.answer).toContain("MS02");
    expect(answer.answer).toContain("MS03");
    expect(answer.answer).not.toContain("MS01");
    // (Nor a measure of another table at risk: "risk" is the rating's word, not a subject.)
    expect(answer.answer).not.toContain("PB-02");
  });

  it("answers a council's figure from the ranked table", async () => {
    const answer = await assistant.answerer.ask("what % of repairs did calderwick fix within 10 days in q2");
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain("87.1%");
  });

  it("says a table printed in part cannot say which row is lowest of all, and which is lowest of those shown", async () => {
    const answer = await assistant.answerer.ask("which council had the worst repair rate in q2?");
    expect(answer.found).toBe(false);
    expect(answer.answer).toContain("1 to 8 of 10");
    expect(answer.answer).toContain("Hollowell");
    expect(answer.answer).toContain("78.6%");
  });
});

describe("a short message to members", () => {
  it("reads on from the sentence the question names to the one that gives the date asked for", async () => {
    const answer = await assistant.answerer.ask("when do apologies for the 14 jan meeting need to be in by?");
    expect(answer.answer).toContain("5pm on Tuesday 12 January 2420");
  });
});

describe("an issue tracker's CSV export", () => {
  it("reads the records as rows, the wiki markup of a description as the cell's text, not as headings", async () => {
    const text = await lines(TRACKER);
    expect(text[0]).toBe("Summary\tIssue key\tIssue id\tIssue Type\tStatus\tAssignee\tDue date\tLabels\tLabels\tDescription\tComment\tComment");
    expect(text.find((l) => l.includes("PBTG-12"))).toContain("Minute 4 of 10 November 2419. h3. Steps # Specification (PBTG-13)");
    expect(text.some((l) => /^#+\s/.test(l))).toBe(false);
  });
});

describe("an issue tracker's rows", () => {
  it("cites the comment it shows when asked when an issue is due", async () => {
    const answer = await assistant.answerer.ask("when is PBTG-12 due now?");
    expect(answer.answer).toContain("Due date moved from 30/Nov/19 to 14/Dec/19");
    expect(answer.citations.some((c) => c.quote.includes("Due date moved from 30/Nov/19 to 14/Dec/19"))).toBe(true);
  });
});

describe("minutes and a register that names owners by their posts", () => {
  it("names who holds the post that owns a risk, from the attendance list", async () => {
    const answer = await assistant.answerer.ask("who owns risk PBR-02?");
    expect(answer.answer).toContain("Hollis Quartermaine");
    expect(answer.citations.some((c) => c.quote.includes("Hollis Quartermaine, Senior Adviser, Street Furniture"))).toBe(true);
  });

  it("reads what a task group decided about a subject from the minutes' resolution", async () => {
    const answer = await assistant.answerer.ask("what did the tg decide about the seat repairs contract?");
    expect(answer.answer).toContain("£0.84 million");
    expect(answer.answer).toContain("14 December 2419");
  });

  it("finds a paper's item by its title's initials", async () => {
    const answer = await assistant.answerer.ask("what did the TG decide on the CSG paper?");
    expect(answer.answer).toContain("£42,000");
  });

  it("quotes what a message naming a risk goes on to say", async () => {
    const answer = await assistant.answerer.ask("what did the streets board say about PBR-01?");
    expect(answer.citations.some((c) => c.quote.includes("one-page briefing by 15 January"))).toBe(true);
  });
});
