/**
 * Answers from records written as sections and lines (test/helpers/papers-sections.ts): what a key's codes
 * mean, ratings that moved since the earlier column, risks before and after their controls, who took the
 * chair and who stood in, lead members' portfolios, a budget row read whole, and a quarter's report kept
 * apart from the quarter its meeting falls in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAssistant, type Assistant } from "../../src/assistant.js";
import { tempDir, testConfig } from "../helpers/assistant.js";
import { heritageRegisterMd, skillsUpdateDocx, standardsMinutesHtml, transportBudgetMd, wellbeingPackMd } from "../helpers/papers-sections.js";

let assistant: Assistant;

beforeAll(async () => {
  const corpus = join(tempDir(), "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "heritage-register.md"), heritageRegisterMd);
  writeFileSync(join(corpus, "skills-update.docx"), await skillsUpdateDocx());
  writeFileSync(join(corpus, "wellbeing-pack.md"), wellbeingPackMd);
  writeFileSync(join(corpus, "standards-minutes.html"), standardsMinutesHtml);
  writeFileSync(join(corpus, "transport-budget.md"), transportBudgetMd);
  assistant = await openAssistant(testConfig({ CORPUS_DIR: corpus }));
}, 60_000);

afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const quotes = (a: Awaited<ReturnType<typeof ask>>) => a.citations.map((c) => c.quote).join("\n");

describe("a report's key and its two rating columns", () => {
  it("says what the codes asked about mean, quoting the key", async () => {
    const a = await ask("on the skills update whats A/G vs A?");
    expect(a.answer).toContain("A/G = minor issues");
    expect(a.answer).toContain("A = some risk");
    expect(quotes(a)).toContain("Key: G = on track");
  });

  it("lists the objectives whose rating dropped since the earlier column, and only those", async () => {
    const a = await ask("which skills objectives slipped compared to last quarter?");
    expect(a.answer).toContain("SK-01");
    expect(a.answer).toContain("SK-04");
    expect(a.answer).not.toContain("SK-02");
    expect(a.answer).not.toContain("SK-03");
  });

  it("reads a rating asked of last quarter from the earlier column, with the rating now and why", async () => {
    const a = await ask("the green skills objective was NR last quarter - what is it now and why?");
    expect(a.answer).toContain("SK-03");
    expect(a.answer).toContain("A/G");
    expect(a.answer).toContain("New objective");
  });

  it("does not answer a quarter the report does not cover from the quarter its meeting falls in", async () => {
    const a = await ask("what RAG did SK-01 get in Q3 24/25?");
    expect(a.found).toBe(false);
  });
});

describe("risks before and after their controls", () => {
  it("the risks still red after controls", async () => {
    const a = await ask("which heritage risks are still red after controls?");
    expect(a.answer).toContain("HB-R1");
    expect(a.answer).not.toContain("HB-R2");
    expect(quotes(a)).toContain("Residual score: 4 x 4 = 16 (Red)");
  });

  it("the risks whose controls have not lowered the score", async () => {
    const a = await ask("any heritage risks where the controls havent brought the score down?");
    expect(a.answer).toContain("HB-R2");
    expect(a.answer).not.toContain("HB-R1");
    expect(a.answer).not.toContain("HB-R3");
  });

  it("a risk's other labelled lines, quoted when asked about", async () => {
    const a = await ask("did the heritage museums closure risk go on the corporate register?");
    expect(a.answer).toContain("CRR21");
    expect(quotes(a)).toContain("escalated to the corporate risk register as CRR21");
  });
});

describe("meetings and members", () => {
  it("who took the chair, and the Chair's apologies", async () => {
    const a = await ask("who chaired the october standards committee meeting?");
    expect(a.answer).toContain("Yusuf Adair");
    expect(a.answer).toContain("Clement Ashe");
    expect(quotes(a)).toContain("took the chair in the absence of the Chair");
  });

  it("the interests declared at a meeting named by its month alone", async () => {
    const a = await ask("any declarations of interest at the oct committee?");
    expect(a.answer).toMatch(/Nell Brannigan declared a non-pecuniary interest in item 3/);
    expect(a.answer).toContain("Osric Pell");
    expect(quotes(a)).toContain("declared a non-pecuniary interest in item 3 as a governor of a local college");
  });

  it("who stood in, and for whom", async () => {
    const a = await ask("who subbed at the standards committee and for who?");
    expect(a.answer).toContain("Ravi Tandon");
    expect(a.answer).toContain("Hester Vane");
  });

  it("a lead member by portfolio from a run-on paragraph", async () => {
    const a = await ask("who's the wellbeing board lead member for mental health?");
    expect(a.answer).toContain("Lola Farrant");
    expect(a.answer).not.toContain("Idris Mensah");
  });

  it("a group's substitutes only", async () => {
    const a = await ask("who are the labour substitutes on the wellbeing board?");
    expect(a.answer).toContain("Quentin Marsh");
    expect(a.answer).not.toContain("Petra Olsen");
    expect(a.answer).not.toContain("Lola Farrant");
  });
});

describe("a budget row", () => {
  it("is read whole when one of its figures is asked for", async () => {
    const a = await ask("transport budget - forecast for the active travel events line? over or under budget?");
    expect(a.answer).toContain("23,500");
    expect(a.answer).toContain("20,000");
    expect(a.answer).toContain("3,500");
  });
});
