/** The model's reading of a question is used only when everything it names was said. */
import { describe, expect, it } from "vitest";
import { groundUnderstanding } from "../../../src/answer/llm/grounding.js";
import { UnderstoodQuestion } from "../../../src/answer/llm/schemas.js";
import { emptyUnderstanding } from "../../helpers/fake-openai.js";
import type { Vocabulary } from "../../../src/answer/query.js";

const vocabulary: Vocabulary = {
  people: ["Laura Miller", "Phil North", "Peter Fleming"],
  boards: ["Improvement and Innovation Board"],
  abbreviations: new Map([
    ["NAO", "National Audit Office"],
    ["OPE", "One Public Estate"],
  ]),
};

const reading = (question: string, fields: Partial<UnderstoodQuestion> = {}): UnderstoodQuestion => UnderstoodQuestion.parse({ ...emptyUnderstanding(question), ...fields });

const month = (iso: string, label: string) => ({ kind: "month" as const, iso, financialYear: null, quarter: null, year: null, label, inRange: false });
const q1 = { kind: "quarter" as const, iso: null, financialYear: "2013/14", quarter: 1, year: null, label: "Q1 2013/14", inRange: false };

function ground(question: string, fields: Partial<UnderstoodQuestion>, conversation: string[] = []) {
  return groundUnderstanding(reading(question, fields), question, conversation, vocabulary);
}

describe("a reading naming what the question does not say is dropped", () => {
  it("the issue's case: a question about what the NAO said, read as a list of Green targets in Q1 2013/14", () => {
    const q = "what did the NAO say happened to government funding?";
    const g = ground(q, { intent: "list_by_status", statuses: ["Green"], periods: [q1], topic: "government funding targets" });
    expect(g.ok).toBe(false);
    expect(g.ungrounded).toEqual(expect.arrayContaining(["status Green", "period Q1 2013/14", "topic word targets", "intent list_by_status"]));
    // The same question read as free text about government funding is grounded.
    expect(ground(q, { topic: "government funding" }).ok).toBe(true);
  });

  it("statuses: only those the question names", () => {
    expect(ground("which targets were red in Mar 19?", { intent: "list_by_status", statuses: ["Red"], periods: [month("2019-03", "Mar 19")] }).ok).toBe(true);
    expect(ground("which targets were red in Mar 19?", { intent: "list_by_status", statuses: ["Red", "Amber"] }).ungrounded).toEqual(["status Amber"]);
    expect(ground("which ones aren't green?", { intent: "list_by_status", excludeStatuses: ["Green"] }).ok).toBe(true);
  });

  it("references: those written, and those inside a range written", () => {
    expect(ground("RAG for the funding targets F1-F6?", { intent: "target_status", refs: ["F3", "F6"] }).ok).toBe(true);
    expect(ground("red ones among 1.1 - 12.14?", { intent: "list_by_status", statuses: ["Red"], refs: ["4.2"] }).ok).toBe(true);
    expect(ground("what's the status of H1?", { intent: "target_status", refs: ["H1", "1.2"] }).ungrounded).toEqual(["reference 1.2"]);
    expect(ground("what's the status of the housing target?", { intent: "target_status", refs: ["ZZ99"] }).ungrounded).toEqual(["reference ZZ99"]);
  });

  it("periods: the value must be what the words say, not only the label", () => {
    expect(ground("Q1 2013/14 traffic lights?", { intent: "target_status", periods: [q1] }).ok).toBe(true);
    expect(ground("the Mar-19 report's red targets?", { intent: "list_by_status", statuses: ["Red"], periods: [month("2019-03", "March 2019")] }).ok).toBe(true);
    // A label copied from the question with another date behind it.
    expect(ground("the March 2019 report's red targets?", { intent: "list_by_status", statuses: ["Red"], periods: [month("2013-06", "March 2019")] }).ungrounded).toEqual(["period March 2019"]);
    expect(ground("the red targets?", { intent: "list_by_status", statuses: ["Red"], periods: [month("2019-03", "March 2019")] }).ungrounded).toEqual(["period March 2019"]);
    expect(ground("who led it last year?", { intent: "target_lead", periods: [{ kind: "latest", iso: null, financialYear: null, quarter: null, year: null, label: "last year", inRange: false }] }).ok).toBe(true);
  });

  it("people: every word of the name said, or the surname of the one known person it can be", () => {
    expect(ground("which council does Cllr Miller represent?", { intent: "person", person: "Laura Miller" }).ok).toBe(true);
    expect(ground("which council does Laura Miller represent?", { intent: "person", person: "Laura Miller" }).ok).toBe(true);
    expect(ground("which council does she represent?", { intent: "person", person: "Alex Morgan" }).ungrounded).toEqual(["person Alex Morgan"]);
    // "North West" is not Cllr Phil North.
    expect(ground("who's our principal adviser for the North West?", { intent: "person", person: "Phil North" }).ok).toBe(false);
  });

  it("boards: as the rules find them (I&I, IIB), or by all their distinctive words", () => {
    expect(ground("who chairs the I&I board?", { intent: "membership", role: "chair", board: "Improvement and Innovation Board" }).ok).toBe(true);
    expect(ground("who chairs the improvement and innovation board?", { intent: "membership", role: "chair", board: "Improvement and Innovation Board" }).ok).toBe(true);
    expect(ground("who chairs the board?", { intent: "membership", role: "chair", board: "Resources Board" }).ungrounded).toEqual(["board Resources Board"]);
    expect(ground("who sits on the I&I board?", { intent: "membership", role: "deputy chair", board: "Improvement and Innovation Board" }).ungrounded).toEqual(["role deputy chair"]);
  });

  it("topic words: said, meaning the same, or an abbreviation the corpus defines either way round", () => {
    expect(ground("what is the OPE paper about?", { intent: "paper", topic: "one public estate" }).ok).toBe(true);
    expect(ground("what did the National Audit Office report?", { topic: "NAO" }).ok).toBe(true);
    expect(ground("how many staff did we have?", { intent: "table_value", topic: "headcount" }).ok).toBe(true);
    expect(ground("how many staff did we have?", { intent: "table_value", topic: "pension deficit" }).ungrounded).toEqual(["topic word pension", "topic word deficit"]);
  });

  it("intents: must fit the question's form", () => {
    expect(ground("what did the NAO say about funding?", { intent: "table_value", topic: "funding" }).ungrounded).toEqual(["intent table_value"]);
    expect(ground("when is the next meeting?", { intent: "risk" }).ungrounded).toEqual(["intent risk"]);
    expect(ground("when is the next meeting?", { intent: "meeting" }).ok).toBe(true);
    expect(ground("how much CLG grant is in the budget?", { intent: "table_value", topic: "clg grant" }).ok).toBe(true);
    // A list by status with no status to list by is not a reading of anything.
    expect(ground("which targets?", { intent: "list_by_status" }).ungrounded).toEqual(["intent list_by_status"]);
  });
});

describe("follow-ups", () => {
  const earlier = ["Which targets were Red in March 2019?", "In the March 2019 report, 2 targets were Red: 1.2 and 7.1."];

  it("a rewrite from the conversation's words is used", () => {
    const g = ground("and which were amber?", { standalone: "Which targets were Amber in March 2019?", intent: "list_by_status", statuses: ["Amber"], periods: [month("2019-03", "March 2019")] }, earlier);
    expect(g).toMatchObject({ ok: true, standalone: "Which targets were Amber in March 2019?" });
  });

  it("a name from an earlier answer is grounded", () => {
    expect(ground("who leads the first one?", { standalone: "Who leads target 1.2?", intent: "target_lead", refs: ["1.2"] }, earlier).ok).toBe(true);
  });

  it("a rewrite that changes the question is not", () => {
    const g = ground("and which were amber?", { standalone: "Which targets were Amber in Q1 2013/14?", intent: "list_by_status", statuses: ["Amber"] }, earlier);
    expect(g.ok).toBe(false);
    expect(g.ungrounded).toEqual(expect.arrayContaining(["rewrite period Q1 2013/14"]));
    expect(ground("and which were amber?", { standalone: "Which housing targets were Amber in March 2019?", intent: "list_by_status", statuses: ["Amber"] }, earlier).ungrounded).toEqual(["rewrite word housing"]);
  });

  it("without a conversation, `standalone` is not a rewrite", () => {
    expect(ground("which targets were red in Mar 19?", { standalone: "Which targets were Red in Q1 2013/14?", intent: "list_by_status", statuses: ["Red"] })).toEqual({ ok: true, ungrounded: [] });
  });
});
