/**
 * The answer: one typed value that every surface (CLI, Slack, JSON) renders its own way. The JSON form
 * follows the contract in eval/README.md.
 */
import { z } from "zod";

export const MAX_ANSWER_CHARS = 1500;
export const MAX_QUOTE_CHARS = 500;

export const Citation = z.object({
  docId: z.string(),
  title: z.string(),
  date: z.string(),
  locator: z.string(),
  quote: z.string().max(MAX_QUOTE_CHARS + 20),
  /** Link to the source document (and page) when a publication base URL is configured. */
  url: z.string().optional(),
});
export type Citation = z.infer<typeof Citation>;

export const AnswerMode = z.enum(["structured", "extractive", "llm", "llm-fallback", "none"]);
export type AnswerMode = z.infer<typeof AnswerMode>;

/** A longer answer's parts (a briefing): shown in full where there is room, summarised in `answer`. */
export const AnswerSection = z.object({ heading: z.string(), lines: z.array(z.string()) });
export type AnswerSection = z.infer<typeof AnswerSection>;

export const Answer = z.object({
  question: z.string(),
  found: z.boolean(),
  answer: z.string().max(MAX_ANSWER_CHARS),
  citations: z.array(Citation),
  rows: z.array(z.record(z.string(), z.unknown())).optional(),
  sections: z.array(AnswerSection).optional(),
  mode: AnswerMode,
  /** Short notes on what was assumed or why the model was not used. */
  notes: z.array(z.string()).optional(),
});
export type Answer = z.infer<typeof Answer>;
