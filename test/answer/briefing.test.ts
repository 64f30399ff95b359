/** Briefings, citations for papers and status over time, from the bundled corpus (issue 6). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../src/assistant.js";
import type { EngineAnswer } from "../../src/answer/engine.js";
import { LIMITS, renderAnswer } from "../../src/slack/blocks.js";
import { bundledAssistant } from "../helpers/assistant.js";
import { isVerbatim } from "../helpers/verbatim.js";

let assistant: Assistant;
beforeAll(async () => {
  assistant = await bundledAssistant();
});
afterAll(() => assistant?.close());

const ask = (q: string) => assistant.engine.ask(q);
const section = (a: EngineAnswer, heading: RegExp) => a.sections?.find((s) => heading.test(s.heading))?.lines ?? [];

/** Every quote verbatim, the answer within the contract, and the Slack rendering within Block Kit limits. */
function expectDeliverable(a: EngineAnswer) {
  expect(a.answer.length).toBeLessThanOrEqual(1500);
  for (const c of a.citations) expect(isVerbatim(c.quote), c.quote).toBe(true);
  for (const message of renderAnswer(a)) {
    expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    expect(message.text.length).toBeGreaterThan(0);
    for (const b of message.blocks as { type: string; text?: { text: string } }[]) {
      if (b.type === "section") expect(b.text!.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    }
  }
}

describe("briefings", () => {
  it("on a board: the 2020/21 chair and deputies, and who left and joined since 2017/18", async () => {
    const a = await ask("Brief me on the Improvement and Innovation Board");
    expect(a.found).toBe(true);
    const membership = section(a, /Membership 2020\/21/).join("\n");
    expect(membership).toMatch(/Chair: Cllr Peter Fleming OBE \(Sevenoaks District Council/);
    expect(membership).toMatch(/Deputy chairs: Cllr Judi Billing MBE .*; Cllr Neil Prior/);
    const changes = section(a, /Changes since 2017\/18/).join("\n");
    expect(changes).toMatch(/Joined: .*Cllr Nigel Ashton/);
    expect(changes).toMatch(/Left: .*Cllr Paul Bettison OBE/);
    expect(changes).toMatch(/Cllr Laura Miller \(Purbeck District Council → Dorset Council\)/);
    expect(changes).not.toMatch(/Joined: .*Judi Billing/);
    expectDeliverable(a);
  });

  it("on the meeting of 22 March 2018: every agenda item with its pages", async () => {
    const a = await ask("what should I know before the 22 March 2018 meeting?");
    const agenda = section(a, /^Agenda$/);
    expect(agenda).toEqual([
      "1. Welcome, Apologies and Declarations of Interest",
      "2. Financial Sustainability of local authorities: 2018 (pages 1-6)",
      "2a. Appendix A (pages 7-18)",
      "3. Data and Transparency Programme (pages 19-26)",
      "4. National Procurement Strategy 2018 (pages 27-32)",
      "5. Strategic Supplier Relationship Management (pages 33-36)",
      "6. Highlighting Leadership offer: update (pages 37-44)",
      "7. One Public Estate and Land Release Fund (pages 45-58)",
      "8. LGA Boards' Improvement Activity (pages 59-70)",
      "9. Note of the Previous Meeting (pages 71-79) [confidential]",
    ]);
    expect(section(a, /Paper: Data and Transparency Programme/).join("\n")).toMatch(/Recommendation: .*approves in principle/);
    expect(section(a, /Confidential/)).toHaveLength(1);
    expectDeliverable(a);
  });

  it("on the March 2019 report: the Red and Amber list is exactly the records'", async () => {
    const a = await ask("summarise the March 2019 performance report");
    const flagged = assistant.index
      .recordsOf("target")
      .filter((r) => r.docId === "lga-performance-report-2019-03" && r.level === "target")
      .filter((t) => t.status === "Red" || t.status === "Amber")
      .map((t) => `${t.status} ${t.ref}`)
      .sort();
    const listed = section(a, /Red and Amber/).map((l) => /^(Red|Amber) (\S+)/.exec(l)!.slice(1, 3).join(" ")).sort();
    expect(listed).toEqual(flagged);
    expect(listed).toHaveLength(12);
    expect(section(a, /Headline figures/).join("\n")).toMatch(/Grand Total 369 \(Mar-19\)/);
    expect(section(a, /Risks banded Amber or worse/).map((l) => l.split(" ")[0])).toEqual(["SR4", "SR5", "SR8", "SR11", "SR12", "SR18"]);
    expectDeliverable(a);
  });

  it("on a topic: the targets about it, then what each document says, by date", async () => {
    const a = await ask("brief me on LG Inform");
    expect(a.found).toBe(true);
    const headings = (a.sections ?? []).map((s) => s.heading);
    // (The targets about LG Inform lead, rated and cited; then the documents in date order.)
    expect(headings[0]).toBe("Targets");
    expect(section(a, /^Targets$/).join("\n")).toMatch(/LG Inform/);
    const documents = headings.filter((h) => h !== "Targets" && h !== "Decisions");
    expect(documents.length).toBeGreaterThanOrEqual(2);
    expect(documents[0]).toMatch(/Q1 2013\/14/);
    expectDeliverable(a);
  });
});

describe("citations for papers", () => {
  it('"49.1%" gives the NAO key fact with its locator and a citation line', async () => {
    const a = await ask("cite 49.1%");
    expect(a.found).toBe(true);
    const keyFact = a.citations.find((c) => /Key facts/.test(c.locator));
    expect(keyFact?.quote).toMatch(/49\.1% real-terms reduction in government funding for local authorities/);
    expect(a.answer).toMatch(/Local Government Association, "Improvement and Innovation Board agenda, 22 March 2018", 22 March 2018, /);
    expectDeliverable(a);
  });

  it("a phrase gives several candidates, best first, and links when the documents are published", async () => {
    const withLinks = await bundledAssistant({ DOCS_BASE_URL: "https://papers.example.org/lga/" });
    try {
      const a = await withLinks.engine.ask("cite the NAO figure on the fall in government funding");
      expect(a.citations.length).toBeGreaterThan(1);
      expect(a.citations[0]!.quote).toMatch(/49\.1%/);
      expect(a.citations[0]!.url).toBe("https://papers.example.org/lga/iib-agenda-2018-03-22.txt");
    } finally {
      withLinks.close();
    }
  });
});

describe("status over time", () => {
  it("peer challenge across both reports, saying the targets were matched by meaning", async () => {
    const a = await ask("how has the peer challenge target done over the years?");
    const docs = new Set((a.rows ?? []).map((r) => r.docId));
    expect(docs).toEqual(new Set(["lga-performance-report-2013-q1", "lga-performance-report-2019-03"]));
    expect(a.answer).toMatch(/Q1 2013\/14[\s\S]*Green[\s\S]*March 2019[\s\S]*Red/);
    expect(a.answer).toMatch(/matched by meaning/);
    expectDeliverable(a);
  });
});

describe("briefings on what the papers do not hold, and on a report named by its title", () => {
  it("says so for a board it holds no papers of, rather than briefing on another", async () => {
    const a = await ask("brief me on the Resources Board");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/no papers of the Resources Board/);
  });

  it("summarises a report without targets section by section", async () => {
    const a = await ask("summarise the sector-led improvement report");
    expect(a.answer.split("\n")[0]).toBe("Briefing: Sector-led improvement in 2018/19 (2018/19)");
    expect((a.sections ?? []).map((s) => s.heading)).toContain("Overall highlights for 2018/19");
    expectDeliverable(a);
  });
});

describe("topic briefings", () => {
  it("titles a topic briefing with the topic as the question wrote it", async () => {
    const a = await ask("brief me on LG Inform");
    expect(a.answer.split("\n")[0]).toBe("Briefing: what the papers say about LG Inform");
  });
});
