/**
 * 👍/👎 feedback, kept as JSON Lines in FEEDBACK_LOG: one line per user per answer, so a changed vote
 * replaces the earlier one and a repeated click is not counted twice. The log names people, so the file is
 * private to the bot's user (0600, its folder 0700 when we create it). Each write reads the file, replaces or
 * appends the entry and swaps a complete new file in (temp file + rename), so a crash never leaves half a
 * line; writes are serialised so none is lost. A failure is returned, not thrown.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

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

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

export class FeedbackLog {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  record(entry: FeedbackEntry): Promise<WriteResult> {
    const write = this.chain.then(async (): Promise<WriteResult> => {
      try {
        await this.write(entry);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    });
    this.chain = write;
    return write;
  }

  private async write(entry: FeedbackEntry): Promise<void> {
    // Only folders that do not exist yet get this mode; an existing folder is left as its owner set it.
    await mkdir(dirname(this.path), { recursive: true, mode: DIR_MODE });
    const lines = upsert(await readLines(this.path), entry);
    await replaceFile(this.path, lines.map((l) => `${l}\n`).join(""));
  }
}

/** The file's non-blank lines; none when it does not exist yet. */
async function readLines(path: string): Promise<string[]> {
  try {
    return (await readFile(path, "utf8")).split("\n").filter((l) => l.trim() !== "");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
}

/**
 * Put `entry` where the first line for the same vote was (dropping any later ones, e.g. from an older
 * append-only log), or at the end. Lines that are not JSON records are kept untouched.
 */
function upsert(lines: string[], entry: FeedbackEntry): string[] {
  const line = JSON.stringify(entry);
  const out: string[] = [];
  let placed = false;
  for (const l of lines) {
    const old = parseRecord(l);
    if (!old || !sameVote(old, entry)) out.push(l);
    else if (!placed) {
      out.push(line);
      placed = true;
    }
  }
  if (!placed) out.push(line);
  return out;
}

function parseRecord(line: string): Partial<FeedbackEntry> | undefined {
  try {
    const v: unknown = JSON.parse(line);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Partial<FeedbackEntry>) : undefined;
  } catch {
    return undefined;
  }
}

/** The same person on the same answer: by answer id when both have one, else by question and answer text. */
function sameVote(a: Partial<FeedbackEntry>, b: FeedbackEntry): boolean {
  if (a.user !== b.user) return false;
  if (a.answerId !== undefined && b.answerId !== undefined) return a.answerId === b.answerId;
  return a.question === b.question && a.answer === b.answer;
}

/**
 * Write `data` to a private temp file beside `path`, flush it, and rename it over `path`: readers see the old
 * file or the new one, never a partial one, and the result is 0600 even if the old file was not.
 */
async function replaceFile(path: string, data: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const file = await open(tmp, "wx", FILE_MODE);
    try {
      await file.writeFile(data, "utf8");
      // Exactly 0600 whatever the process umask is.
      await file.chmod(FILE_MODE);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
