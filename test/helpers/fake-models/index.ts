/**
 * Three scripted models behind the fake OpenAI-compatible server (real HTTP on 127.0.0.1): a liar, a lazy
 * one and a competent one. None of them is told the gold answers or reads eval files: each sees only the
 * request (question, conversation, numbered passages, draft).
 *
 *   const { fake, model } = await startFakeModel("liar");
 *   ... OPENAI_BASE_URL = fake.url ... model.inventions ...
 *   await fake.close();
 */
import { FakeOpenAI, type ChatRequest, type ScriptedReply } from "../fake-openai.js";
import { competent } from "./competent.js";
import { lazy } from "./lazy.js";
import { liar } from "./liar.js";

export type FakeModelName = "liar" | "lazy" | "competent";
export const FAKE_MODELS: FakeModelName[] = ["liar", "lazy", "competent"];

export interface FakeModel {
  name: FakeModelName;
  script: (request: ChatRequest) => ScriptedReply | undefined;
  /** Text the model made up (answers, quotes, rewrites): none of it may ever be shown. */
  inventions: string[];
}

export function fakeModel(name: FakeModelName): FakeModel {
  return name === "liar" ? liar() : name === "lazy" ? lazy() : competent();
}

/** A fake server on 127.0.0.1 played by one of the three models. */
export async function startFakeModel(name: FakeModelName): Promise<{ fake: FakeOpenAI; model: FakeModel }> {
  const model = fakeModel(name);
  return { fake: await FakeOpenAI.start({ script: model.script }), model };
}

const flat = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** How many of the answers show (in their text, notes or quotes) something the model made up. */
export function answersShowingInventions(answers: { answer: string; notes?: string[]; citations: { quote: string }[] }[], inventions: string[]): number {
  const made = inventions.map(flat).filter((s) => s.length >= 12);
  return answers.filter((a) => {
    const shown = flat([a.answer, ...(a.notes ?? []), ...a.citations.map((c) => c.quote)].join("\n"));
    return made.some((m) => shown.includes(m));
  }).length;
}
