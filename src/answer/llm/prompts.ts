/**
 * Prompt templates live in `prompts/*.md`, one per file, with `{{name}}` placeholders. They are read once
 * and filled in one pass, so text put into a placeholder (a question, a passage) is never expanded again.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const DEFAULT_PROMPTS_DIR = join(import.meta.dirname, "..", "..", "..", "prompts");

export const PROMPT_NAMES = ["answer.system", "answer.user", "understand.system", "understand.user"] as const;
export type PromptName = (typeof PROMPT_NAMES)[number];

export class Prompts {
  private readonly templates = new Map<PromptName, string>();

  constructor(dir: string = DEFAULT_PROMPTS_DIR) {
    for (const name of PROMPT_NAMES) this.templates.set(name, readFileSync(join(dir, `${name}.md`), "utf8"));
  }

  render(name: PromptName, values: Record<string, string> = {}): string {
    const template = this.templates.get(name)!;
    return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      if (!(key in values)) throw new Error(`prompt ${name} needs a value for {{${key}}}`);
      return values[key]!;
    });
  }
}
