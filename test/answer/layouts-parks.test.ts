/**
 * Answers from the Parks Panel's papers (test/helpers/papers-parks.ts), each in a layout of its own: a key
 * figures table of figures set right, a Word record of decisions with dated statuses, an action log in HTML
 * tables inside markdown, a Windows-1252 web page scored by a key in words, a dashboard's data owner, a
 * forward plan whose meeting dates are rows of their own over the items, and a budget with a total row.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { loadFile } from "../../src/ingest/loaders/index.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import {
  parksActionLogMd,
  parksAnnualReportPdf,
  parksBudgetMd,
  parksDashboardHtml,
  parksDecisionsDocx,
  parksForwardPlanHtml,
  parksOutsideBodiesPdf,
  parksRiskRegisterMd,
  parksScorecardHtml,
} from "../helpers/papers-parks.js";

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "parks-annual-report.pdf"), await parksAnnualReportPdf());
  writeFileSync(join(corpus, "parks-decisions.docx"), await parksDecisionsDocx());
  writeFileSync(join(corpus, "parks-action-log.md"), parksActionLogMd);
  writeFileSync(join(corpus, "parks-scorecard.html"), parksScorecardHtml());
  writeFileSync(join(corpus, "parks-dashboard.html"), parksDashboardHtml);
  writeFileSync(join(corpus, "parks-forward-plan.html"), parksForwardPlanHtml);
  writeFileSync(join(corpus, "parks-budget.md"), parksBudgetMd);
  writeFileSync(join(corpus, "parks-risk-register.md"), parksRiskRegisterMd);
  writeFileSync(join(corpus, "parks-outside-bodies.pdf"), await parksOutsideBodiesPdf());
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const quotes = (a: Awaited<ReturnType<typeof ask>>) => a.citations.map((c) => c.quote).join("\n");

describe("a PDF table of figures set right under year headers", () => {
  it("reads each year's figure of a row, the wide ones too", async () => {
    const a = await ask("how many volunteer days in 24/25 vs 25/26?");
    expect(a.answer).toContain("1,204");
    expect(a.answer).toContain("1,622");
    expect(quotes(a)).toContain("Volunteer days recorded | 1,204 | 1,622");
  });
});

describe("a Word record of decisions, each titled by a numbered line and labelled", () => {
  it("lists the decisions by the status the record gives them", async () => {
    const a = await ask("which of the decisions were superseded?");
    expect(a.answer).toContain("PPD 26/02");
    expect(a.answer).toContain("Parks conference 2026: venue and date");
    expect(a.answer).not.toMatch(/PPD 26\/01|PPD 26\/03/);
    expect(a.answer).toMatch(/1 decision was Superseded/);
  });
});

describe("a markdown action log whose tables are HTML", () => {
  it("lists the open actions and no others", async () => {
    const a = await ask("which actions are still open?");
    expect(a.answer).toContain("PKA-02");
    expect(a.answer).toContain("PKA-03");
    expect(a.answer).not.toContain("PKA-01");
  });
});

describe("a Windows-1252 page scored 1 to 4 by a key in words", () => {
  it("lists the measures by the key's word for their score, citing the key", async () => {
    const a = await ask("which measures are well below?");
    expect(a.answer).toContain("PKS-02");
    expect(a.answer).not.toMatch(/PKS-0[134]/);
    expect(quotes(a)).toContain("Score 1 – Well below");
  });

  it("keeps the page's dashes and quotes as the characters they are", async () => {
    const a = await ask("why is the volunteer days measure behind?");
    expect(quotes(a)).not.toMatch(/[\u0080-\u009f]/);
    expect(quotes(a)).toContain("“Parks Week”");
  });
});

describe("a document whose contact is its data owner", () => {
  it("names the data owner as the dashboard's contact", async () => {
    const a = await ask("contact officer for the parks dashboard?");
    expect(a.answer).toMatch(/Data owner for "Parks Panel dashboard[^"]*": Ottilie Fenwright, Data Analyst/);
    expect(quotes(a)).toContain("Data owner: Ottilie Fenwright, Data Analyst");
  });
});

describe("a forward plan whose meetings' dates are rows of their own over their items", () => {
  it("lists a meeting's items for decision, and no other meeting's or purpose's", async () => {
    const a = await ask("what's coming to the march meeting for decision?");
    expect(a.answer).toContain("Budget 2027/28");
    expect(a.answer).toContain("Volunteer days: a new target");
    expect(a.answer).not.toMatch(/Friends groups grant: round 2|Tree planting schemes: update/);
    expect(quotes(a)).toContain("Budget 2027/28 | Ferdy Lusk | Decision");
  });

  it("reads one item's purpose and meeting when the question names the item", async () => {
    const a = await ask("the play areas survey findings - is that for decision or information, and which meeting?");
    expect(a.answer).toMatch(/Information/);
    expect(a.answer).toMatch(/9 December 2026/);
    expect(a.answer).not.toContain("Budget 2027/28");
  });
});

describe("a budget rated line by line, with a total row", () => {
  it("lists the red lines and never the total", async () => {
    const a = await ask("which budget lines are red?");
    expect(a.answer).toContain("Play areas survey");
    expect(a.answer).not.toMatch(/\bTotal\b/);
  });

  it("reads the total spent from the total row", async () => {
    const a = await ask("how much has the panel spent in total so far?");
    expect(a.answer).toContain("26,000");
  });
});

describe("a risk register with the factors by their letters and bands as lines of a key", () => {
  it("scores each risk as likelihood times impact and bands it by the key", async () => {
    const a = await ask("which risks are in the severe band?");
    expect(a.answer).toContain("PKR-01");
    expect(a.answer).not.toMatch(/PKR-0[23]/);
  });

  it("says how serious one risk is, and who owns it", async () => {
    const a = await ask("how serious is the play areas survey contractor risk and who owns it?");
    expect(a.answer).toMatch(/score 12/);
    expect(a.answer).toMatch(/High/);
    expect(a.answer).toContain("Ferdy Lusk");
  });
});

describe("a PDF list of outside bodies, a second representative on a line of their own", () => {
  it("reads each representative as a row of their own, so no quote joins two people in one cell", async () => {
    const path = join(tempDir(), "outside-bodies.pdf");
    writeFileSync(path, await parksOutsideBodiesPdf());
    const { text } = await loadFile(path);
    expect(text).toContain("Urban Wildlife Alliance\tCllr Nell Fairweather\tNorfolk County Council\tNov 2026 – Oct 2027");
    expect(text).toMatch(/\tCllr Osric Penhallow\tCornwall Council\tNov 2026 – Oct 2027/);
    expect(text).not.toContain("Cllr Nell Fairweather Cllr Osric Penhallow");
    const a = await ask("who are our reps on the urban wildlife alliance?");
    expect(quotes(a)).not.toContain("Cllr Nell Fairweather Cllr Osric Penhallow");
  });
});
