/**
 * What the model is asked to return, as zod schemas (sent as `response_format: json_schema` or as a
 * function's parameters). Every field is required (nullable where it may be empty) so the schemas also
 * satisfy OpenAI's strict mode; defaults and the project's own types are applied after validation.
 */
import { z } from "zod";
import { Intent, PaperField } from "../query.js";

export const GROUNDED_ANSWER = "grounded_answer";
export const UNDERSTOOD_QUESTION = "understood_question";

const Status = z.enum(["Green", "Amber", "Red"]);

export const ModelCitation = z.object({
  passage: z.number().int().describe("The number n of the passage the quote comes from."),
  quote: z.string().describe("Text copied character for character from that passage: one or two sentences, at most 400 characters."),
});
export type ModelCitation = z.infer<typeof ModelCitation>;

export const GroundedAnswer = z
  .object({
    answered: z.boolean().describe("False when the passages and records do not answer the question."),
    answer: z.string().describe("The answer in plain English, at most 200 words, citing passages as [n]."),
    citations: z.array(ModelCitation).describe("The passages the answer relies on, most important first, each with a verbatim quote."),
  })
  .describe("An answer written only from the numbered passages and records, with verbatim quotes.");
export type GroundedAnswer = z.infer<typeof GroundedAnswer>;

export const ModelPeriod = z.object({
  kind: z.enum(["day", "month", "quarter", "financial_year", "year", "latest"]),
  iso: z.string().nullable().describe('"2018-03-22" for a day, "2019-03" for a month, else null.'),
  financialYear: z.string().nullable().describe('"2018/19" for a financial year or the year of a quarter, else null.'),
  quarter: z.number().int().nullable().describe("1-4 for a quarter, else null."),
  year: z.number().int().nullable().describe("The calendar year for kind=year, else null."),
  label: z.string().describe("The words of the question the period comes from."),
  inRange: z.boolean().describe("True when the period is one end of a range such as '2010-11 to 2017-18'."),
});

export const UnderstoodQuestion = z
  .object({
    standalone: z
      .string()
      .describe("The question rewritten to stand alone, using the conversation for anything it leaves out; the question itself when it already stands alone."),
    intent: Intent,
    statuses: z.array(Status).describe("RAG statuses asked for."),
    excludeStatuses: z.array(Status).describe("RAG statuses the question rules out (\"which aren't green\")."),
    refs: z.array(z.string()).describe('Target or risk references named, e.g. "1.2", "ASC3", "F1".'),
    periods: z.array(ModelPeriod),
    topic: z.string().describe("A few words naming the subject (theme, target, paper, table row); empty if none."),
    board: z.string().nullable(),
    person: z.string().nullable(),
    role: z.enum(["chair", "deputy chair", "vice-chair", "observer", "substitute", "member"]).nullable(),
    paperField: PaperField.nullable(),
    present: z.boolean().nullable().describe("Attendance questions: true for who was present, false for who was absent."),
  })
  .describe("The question, made standalone, as a typed query.");
export type UnderstoodQuestion = z.infer<typeof UnderstoodQuestion>;
