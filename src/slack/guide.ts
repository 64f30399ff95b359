/**
 * Example questions, briefings and suggested prompts, drawn from what the corpus holds so they always have
 * an answer: the latest performance report's period, the boards whose papers are indexed.
 */
import type { SlackEngine } from "./answering.js";
import type { Guide } from "./blocks.js";

export interface Prompt {
  title: string;
  message: string;
}

export function buildGuide(engine: SlackEngine, botName?: string): Guide {
  const docs = [...engine.documents].map((d) => d.meta).sort((a, b) => b.date.localeCompare(a.date));
  const report = docs.find((d) => d.kind === "performance report");
  const board = docs.find((d) => d.board)?.board;
  const agenda = docs.find((d) => d.kind === "board agenda pack");
  const questions = [
    `Which targets were Red in ${report?.period ?? "March 2019"}?`,
    ...(board ? [`Who chairs the ${board}?`] : []),
    ...(agenda?.period ? [`What is on the agenda of the ${agenda.period} meeting?`] : []),
  ];
  const briefings = [`Brief me on the ${board ?? "Improvement and Innovation Board"}`];
  const citations = ["Cite sector-led improvement"];
  return { ...(botName ? { botName } : {}), coverage: engine.coverage(), questions, briefings, citations };
}

/** Suggested prompts for the assistant pane (Slack shows up to four). */
export function suggestedPrompts(g: Guide): Prompt[] {
  const all = [...g.questions.slice(0, 2), ...g.briefings.slice(0, 1), ...g.citations.slice(0, 1)];
  return all.slice(0, 4).map((message) => ({ title: message.length > 70 ? `${message.slice(0, 69)}…` : message, message }));
}
