/**
 * 👍/👎 feedback, appended as JSON Lines to FEEDBACK_LOG (its folder is created). Writes are serialised so
 * lines never interleave; a failure is returned, not thrown.
 */
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";

export interface FeedbackEntry {
  time: string;
  rating: "up" | "down";
  user: string;
  team?: string;
  channel?: string;
  question: string;
  answer: string;
  found?: boolean;
  mode?: string;
  sources?: Array<{ docId: string; locator: string }>;
  answerId?: string;
}

export type WriteResult = { ok: true } | { ok: false; error: string };

export class FeedbackLog {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  record(entry: FeedbackEntry): Promise<WriteResult> {
    const line = `${JSON.stringify(entry)}\n`;
    const write = this.chain.then(async (): Promise<WriteResult> => {
      try {
        await mkdir(dirname(this.path), { recursive: true });
        await appendFile(this.path, line, "utf8");
        return { ok: true };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    });
    this.chain = write;
    return write;
  }
}
