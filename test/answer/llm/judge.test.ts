/** The judge over the real engine and bundled corpus: how much of a question an answer covers, from its citations. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amountsOf, coverage, judge, judgeContext, namesOf, type JudgeContext } from "../../../src/answer/judge.js";
import type { EngineAnswer } from "../../../src/answer/engine.js";
import { tempAssistant, type TempAssistant } from "./setup.js";

let assistant: TempAssistant;
let ctx: JudgeContext;
beforeAll(async () => {
  assistant = await tempAssistant();
  ctx = judgeContext(assistant.engine, assistant.index);
});
afterAll(() => assistant?.dispose());

const NAO_Q = "what did the NAO say happened to government funding for councils 2010-11 to 2017-18";
const RPS_Q = "how many councils have had remote peer support so far (Dec 2020 board)?";
const RED_Q = "Which targets were Red in March 2019?";

async function offline(q: string): Promise<EngineAnswer> {
  const a = await assistant.engine.ask(q);
  expect(a.found, q).toBe(true);
  return a;
}

describe("coverage", () => {
  it("an answer that says what it cites covers the question; the same citations under a one-word answer cover less", async () => {
    const a = await offline(NAO_Q);
    const full = coverage(NAO_Q, a, ctx);
    expect(full.score).toBeGreaterThan(0.5);
    const lazy = coverage(NAO_Q, { ...a, answer: "Yes [1]." }, ctx);
    expect(lazy.score).toBeLessThan(full.score);
    expect(judge(NAO_Q, { ...a, answer: "Yes [1]." }, a, ctx).winner).toBe("offline");
  });

  it("an answer citing nothing, or not found, covers nothing", async () => {
    const a = await offline(NAO_Q);
    expect(coverage(NAO_Q, { ...a, citations: [] }, ctx).score).toBe(0);
    expect(coverage(NAO_Q, { ...a, found: false }, ctx).score).toBe(0);
  });

  it("an answer quoting a passage about something else covers less than the one that answers", async () => {
    const a = await offline(NAO_Q);
    const elsewhere = (await offline(RED_Q)).citations[0]!;
    const v = judge(NAO_Q, { found: true, answer: `${elsewhere.quote} [1]`, citations: [elsewhere] }, a, ctx);
    expect(v.winner).toBe("offline");
    expect(v.model).toBeLessThan(v.offline);
  });

  it("a sentence of the paper on the NAO's report covers 'NAO' though it does not say it", async () => {
    const a = await offline(NAO_Q);
    const naoSentences = a.citations.filter((c) => !/\bNAO\b/.test(c.quote));
    expect(naoSentences.length).toBeGreaterThan(0);
    const withSections = coverage(NAO_Q, a, ctx);
    const withoutSections = coverage(NAO_Q, a, { ...ctx, where: undefined });
    expect(withSections.covered).toContain("nao");
    expect(withoutSections.missed).toContain("nao");
    expect(withSections.score).toBeGreaterThan(withoutSections.score);
  });

  it("the same answer ties with itself, and a tie goes to the model", async () => {
    const a = await offline(RED_Q);
    expect(judge(RED_Q, a, a, ctx)).toMatchObject({ winner: "model", missingFacts: [] });
  });
});

describe("a question after a person", () => {
  const PA_Q = "which PAs cover East of England?";

  it("an answer naming one of the two advisers the other names covers less", async () => {
    const a = await offline(PA_Q);
    // The offline answer gives each adviser a line (their cards are quoted as one run); the other answer
    // keeps the first line only.
    const lines = a.answer.split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const first = a.citations[0]!;
    const line = lines[0]!.replace(/^• /, "").replace(/\s*\([^()]*\)$/, "");
    expect(first.quote).toContain(line);
    const one = { found: true, answer: `${line} (${first.title}, ${first.locator}) [1]`, citations: [{ ...first, quote: line }] };
    const v = judge(PA_Q, one, a, ctx);
    expect(v.winner).toBe("offline");
    expect(v.missingFacts.length).toBeGreaterThan(0);
    for (const w of v.missingFacts) expect(a.answer).toContain(w);
  });

  it("names are runs of capitalised words the papers rarely use, not labels, common words or the question's own", () => {
    const rare = (w: string) => (/^(?:Kate|Herbert|Gary|Hughes|Tel)$/.test(w) ? 1 : 500);
    expect([...namesOf("London Kate Herbert Tel: 07867 632404 Email: kate.herbert@local.gov.uk", "who is the adviser for London?", rare)]).toEqual(["Kate", "Herbert"]);
    expect([...namesOf("The Improvement Board met Gary Hughes.", "who met?", rare)]).toEqual(["Gary", "Hughes"]);
  });
});

describe("a question after a figure", () => {
  it("an answer leaving out a figure the other gives covers less, however many of the question's words it repeats", async () => {
    const a = await offline(RPS_Q);
    const figures = [...amountsOf(a.answer)];
    expect(figures.length).toBeGreaterThan(0);
    const vague = { ...a, answer: a.answer.replace(/\b\d+\b/g, "several") };
    const v = judge(RPS_Q, vague, a, ctx);
    expect(v.model).toBeCloseTo(v.offline, 6);
    expect(v.winner).toBe("offline");
    expect(v.missingFacts.length).toBeGreaterThan(0);
  });

  it("figures are amounts, counts and percentages: not years, periods, days of dates or paragraph numbers", () => {
    expect([...amountsOf("• CLG, £19,200 (29.9%) - Other, £21,799")]).toEqual(["19200", "29.9", "21799"]);
    expect([...amountsOf("6. Remote Peer Support, 17 December 2020")]).toEqual([]);
    expect([...amountsOf("funding fell by 49.1% between 2010-11 and 2017-18; in 2019, 339 councils")]).toEqual(["49.1", "339"]);
  });
});
