/** Block Kit rendering at and beyond the limits, with answers larger than the engine is meant to give. */
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/schema.js";
import { ACTIONS, decodeRef, encodeRef, LIMITS, renderAnswer, renderHome, rowLine, splitMrkdwn, type Guide } from "../../src/slack/blocks.js";

type AnyBlock = { type: string; block_id?: string; text?: { text: string }; elements?: Array<{ type: string; text?: string | { text: string }; action_id?: string }> };

const guide: Guide = { coverage: "I hold 2 documents.", questions: ["Which targets were Red in March 2019?"], briefings: ["Brief me on the Improvement and Innovation Board"], citations: ["Cite x"] };

function huge(): Answer {
  const ampLine = `• ${"R&D <b> ".repeat(180)}`; // escapes to several times its length
  return {
    question: "Which targets were Green <!channel>?",
    found: true,
    answer: `${ampLine}\n${"• a normal line about targets\n".repeat(20)}_Read from the March 2019 report._`.slice(0, 1500),
    citations: Array.from({ length: 8 }, (_, i) => ({
      docId: `doc-${i}`,
      title: `LGA Performance Report <!here> ${i}`,
      date: "2019-03",
      locator: `target ${i}.1 > a very long locator `.repeat(8),
      quote: `“${"quoted & verbatim <text> ".repeat(20)}”`.slice(0, 520),
      url: `https://docs.test/report ${i}.pdf#page=${i + 1}`,
    })),
    rows: Array.from({ length: 200 }, (_, i) => ({ type: "target", ref: `T${i}`, status: ["Red", "Amber", "Green"][i % 3], text: `Deliver the thing number ${i} & more `.repeat(8), lead: "Board <@U123>" })),
    mode: "structured",
    notes: ["Assumed the latest report & <!everyone>."],
  };
}

describe("renderAnswer", () => {
  const messages = renderAnswer(huge(), { answerId: "a1", share: true, showQuestion: true });
  const blocks = messages.flatMap((m) => m.blocks) as unknown as AnyBlock[];

  it("splits into several messages, each within Slack's limits", () => {
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
      expect(JSON.stringify(m.blocks).length).toBeLessThanOrEqual(LIMITS.messageChars + 100);
      expect(m.text.length).toBeGreaterThan(0);
      expect(m.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    }
    for (const b of blocks) {
      if (b.type === "section") expect(b.text!.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      if (b.type === "context") {
        expect(b.elements!.length).toBeLessThanOrEqual(LIMITS.contextElements);
        for (const e of b.elements!) expect((e.text as string).length).toBeLessThanOrEqual(LIMITS.contextElementText);
      }
    }
  });

  it("puts the buttons once, at the end of the last message", () => {
    const actions = messages.map((m) => (m.blocks as unknown as AnyBlock[]).filter((b) => b.type === "actions").length);
    expect(actions.reduce((a, b) => a + b, 0)).toBe(1);
    expect(actions.at(-1)).toBe(1);
    const last = messages.at(-1)!.blocks.at(-1) as unknown as AnyBlock;
    expect(last.elements!.map((e) => e.action_id)).toEqual([ACTIONS.share, ACTIONS.feedbackUp, ACTIONS.feedbackDown]);
  });

  it("shows rows compactly, counting those left out, and every source with its link", () => {
    const all = JSON.stringify(blocks);
    expect(all).toContain("*Targets (200)*");
    expect(all).toContain(`…and ${200 - LIMITS.rowsShown} more.`);
    expect(all).toContain(":red_circle: Red");
    for (let i = 0; i < 8; i++) expect(all).toContain(`<https://docs.test/report ${i}.pdf#page=${i + 1}|LGA Performance Report &lt;!`);
  });

  it("lets no document or question text ping anyone", () => {
    // Button values carry the raw question back to the bot; Slack never renders them.
    const all = messages.map((m) => JSON.stringify(m, (k, v: unknown) => (k === "value" ? undefined : v))).join("\n");
    expect(all).toContain("Which targets were Green &lt;!");
    expect(all).not.toMatch(/<[!@#]/);
    expect(all).not.toMatch(/@(?:here|channel|everyone)\b/);
  });

  it("says what the corpus covers when the answer is not in the papers", () => {
    const [m] = renderAnswer({ question: "q", found: false, answer: "I could not find this in the papers.", citations: [], mode: "none" }, { coverage: "I hold 5 documents: A (2019); B (2020)." });
    const all = JSON.stringify(m!.blocks);
    expect(all).toContain("I could not find this in the papers.");
    expect(all).toContain("I hold 5 documents: A (2019); B (2020).");
  });

  it("does not repeat rows the answer already lists", () => {
    const [m] = renderAnswer({
      question: "q",
      found: true,
      answer: "2 targets were Red:\n• 1.2 (Red) One\n• 7.1 (Red) Two",
      citations: [],
      rows: [
        { type: "target", ref: "1.2", status: "Red", text: "One" },
        { type: "target", ref: "7.1", status: "Red", text: "Two" },
      ],
      mode: "structured",
    });
    expect(JSON.stringify(m!.blocks)).not.toContain("Targets (2)");
  });
});

describe("splitMrkdwn", () => {
  it("cuts at lines, then spaces, never inside an entity", () => {
    const text = `${"&amp;".repeat(40)}\nshort line\n${"word ".repeat(30)}`;
    const parts = splitMrkdwn(text, 50);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(50);
      expect(p).not.toMatch(/&[a-z#0-9]*$/i);
      expect(p).not.toMatch(/^[a-z#0-9]*;/i);
    }
    expect(parts.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
  });
});

describe("button values", () => {
  it("stay under 2,000 characters and round-trip", () => {
    const question = `"quoted" ${"ünïcode ".repeat(400)}`;
    const value = encodeRef({ id: "abc", question });
    expect(value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    const back = decodeRef(value)!;
    expect(back.id).toBe("abc");
    expect(question.startsWith(back.question)).toBe(true);
    expect(decodeRef("not json")).toBeUndefined();
  });
});

describe("renderHome", () => {
  it("stays within the Home tab's limits with many documents", () => {
    const docs = Array.from({ length: 400 }, (_, i) => ({ title: `Board agenda <!channel> ${i}`, date: `20${10 + (i % 15)}-0${1 + (i % 9)}`, period: "March", kind: "board agenda pack" }));
    const view = renderHome(guide, docs);
    expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerHomeView);
    for (const b of view.blocks as unknown as AnyBlock[]) if (b.type === "section") expect(b.text!.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    const all = JSON.stringify(view);
    expect(all).toContain("400 documents");
    expect(all).toContain("more.");
    expect(all).not.toMatch(/<[!@#]/);
  });
});

describe("rows of every record type", () => {
  it("shows a report's own rating word beside its colour, a register rated without a score, and minutes", () => {
    expect(rowLine({ type: "target", ref: "WF3", status: "Amber/Green", statusLabel: "A/G", text: "Run the graduate round", lead: "Naomi Reid" })).toBe(
      "*WF3* :large_orange_circle::large_green_circle: Amber/Green (A/G) Run the graduate round — _Naomi Reid_",
    );
    expect(rowLine({ type: "target", ref: "RB3", status: null, statusLabel: "Parked", text: "Move to the new ledger" })).toContain(":white_circle: Parked");
    expect(rowLine({ type: "risk", ref: "CRB2", rating: "Red", description: "Recovery funding by competitive bidding", owner: "Philip Mayhew" })).toBe(
      "*CRB2* rated Red — Recovery funding by competitive bidding — _Philip Mayhew_",
    );
    expect(rowLine({ type: "minute", number: "3", title: "Pension fund valuation", introducedBy: "Cllr Helen Marsh", decision: "The Committee noted the valuation." })).toBe(
      "3. Pension fund valuation — introduced by Cllr Helen Marsh — _The Committee noted the valuation._",
    );
  });
});
