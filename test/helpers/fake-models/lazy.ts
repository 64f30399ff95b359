/**
 * The lazy model: takes turns at the ways a model gives nothing usable while the endpoint is healthy:
 * empty answers, refusals, JSON cut off half way, prose instead of JSON, an empty reply, "answered" with
 * no citation, and a one-word answer that cites a real passage without saying what it says.
 */
import { emptyUnderstanding, leadQuote, type ChatRequest, type ScriptedReply } from "../fake-openai.js";
import type { FakeModel } from "./index.js";

const REFUSAL = "I'm sorry, but I can't help with that.";

export function lazy(): FakeModel {
  let calls = 0;

  const understand = (r: ChatRequest): ScriptedReply => {
    const replies: ScriptedReply[] = [
      { raw: '{"standalone": "' },
      { refusal: REFUSAL },
      { raw: "" },
      { raw: "This question is about the board papers." },
      // Schema-valid, and empty: no rewrite, nothing named.
      { json: { ...emptyUnderstanding(r.question), standalone: "" } },
    ];
    return replies[calls++ % replies.length]!;
  };

  const write = (r: ChatRequest): ScriptedReply => {
    const first = r.passages[0];
    const replies: ScriptedReply[] = [
      { json: { answered: true, answer: "", citations: [] } },
      { refusal: REFUSAL },
      { raw: '{"answered": true, "answer": "The' },
      { json: { answered: false, answer: "", citations: [] } },
      { json: { answered: true, answer: "See the papers.", citations: [] } },
      { raw: "" },
      { json: { answered: true, answer: "Yes [1].", citations: first ? [{ passage: first.n, quote: leadQuote(first.text, 300) }] : [] } },
    ];
    return replies[calls++ % replies.length]!;
  };

  return {
    name: "lazy",
    inventions: [],
    script: (r) => (r.task === "understood_question" ? understand(r) : write(r)),
  };
}
