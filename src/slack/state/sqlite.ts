/**
 * The bot's state in an embedded SQLite file (better-sqlite3). WAL journal with synchronous=NORMAL: a
 * commit survives the process being killed (kill -9), which is what a restart needs; statements are
 * synchronous and take microseconds, so recording a request before acknowledging it costs nothing.
 * One bot process per file (for several instances, see ./postgres.ts).
 */
import { chmodSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Turn } from "../../answer/engine.js";
import { patchColumns, workItemFromRow, type WorkRow } from "./rows.js";
import { MAX_TURNS_PER_THREAD, RETENTION, UNFINISHED, type BotState, type StoredAnswer, type WorkItem, type WorkPatch } from "./store.js";

export { RETENTION };


export class SqliteBotState implements BotState {
  private readonly db: Database.Database;
  private readonly now: () => number;
  /** Prepared once, reused: preparing costs more than running these small statements. */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(path: string, opts: { now?: () => number } = {}) {
    this.now = opts.now ?? Date.now;
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    this.db = new Database(path);
    // Questions and answers are people's words: readable by the bot's user only.
    if (path !== ":memory:") chmodSync(path, 0o600);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS work (
        key TEXT PRIMARY KEY, body TEXT, status TEXT NOT NULL, job TEXT, placeholder_ts TEXT, answer_id TEXT,
        messages TEXT, sent_parts INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,
        received_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, error TEXT);
      CREATE INDEX IF NOT EXISTS work_status ON work (status, received_at);
      CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS conversations (conversation TEXT PRIMARY KEY, updated_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS turns (
        conversation TEXT NOT NULL, turn_key TEXT NOT NULL, seq INTEGER NOT NULL, turn TEXT NOT NULL,
        PRIMARY KEY (conversation, turn_key));
      CREATE TABLE IF NOT EXISTS answers (id TEXT PRIMARY KEY, saved_at INTEGER NOT NULL, stored TEXT NOT NULL);
    `);
  }

  async receive(key: string, body: unknown): Promise<boolean> {
    const t = this.now();
    const r = this
      .sql("INSERT OR IGNORE INTO work (key, body, status, received_at, updated_at) VALUES (?, ?, 'received', ?, ?)")
      .run(key, JSON.stringify(body ?? null), t, t);
    return r.changes === 1;
  }

  async get(key: string): Promise<WorkItem | undefined> {
    const row = this.sql("SELECT * FROM work WHERE key = ?").get(key) as WorkRow | undefined;
    return row ? workItemFromRow(row) : undefined;
  }

  async update(key: string, patch: WorkPatch): Promise<void> {
    const sets: string[] = ["updated_at = @updated_at"];
    const params: Record<string, unknown> = { key, updated_at: this.now() };
    for (const [column, value] of patchColumns(patch)) {
      sets.push(`${column} = @${column}`);
      params[column] = value;
    }
    this.sql(`UPDATE work SET ${sets.join(", ")} WHERE key = @key`).run(params);
  }

  async unfinished(): Promise<WorkItem[]> {
    const rows = this
      .sql(`SELECT * FROM work WHERE status IN (${UNFINISHED.map(() => "?").join(",")}) ORDER BY received_at, rowid`)
      .all(...UNFINISHED) as WorkRow[];
    return rows.map(workItemFromRow);
  }

  async backlog(): Promise<number> {
    const r = this.sql("SELECT count(*) AS n FROM work WHERE status IN ('queued', 'answered')").get() as { n: number };
    return r.n;
  }

  async claim(key: string, owner: string, ttlMs: number = RETENTION.claims): Promise<boolean> {
    const t = this.now();
    return this.db.transaction(() => {
      const held = this.sql("SELECT owner, expires_at FROM claims WHERE key = ?").get(key) as { owner: string; expires_at: number } | undefined;
      if (held && held.expires_at > t && held.owner !== owner) return false;
      this.sql("INSERT OR REPLACE INTO claims (key, owner, expires_at) VALUES (?, ?, ?)").run(key, owner, t + ttlMs);
      return true;
    })();
  }

  async knows(conversation: string): Promise<boolean> {
    return this.knowsNow(conversation);
  }

  private knowsNow(conversation: string): boolean {
    const r = this.sql("SELECT updated_at FROM conversations WHERE conversation = ?").get(conversation) as { updated_at: number } | undefined;
    return r !== undefined && r.updated_at > this.now() - RETENTION.conversations;
  }

  async history(conversation: string): Promise<Turn[]> {
    const rows = this
      .sql("SELECT turn FROM turns WHERE conversation = ? ORDER BY seq DESC LIMIT ?")
      .all(conversation, MAX_TURNS_PER_THREAD) as Array<{ turn: string }>;
    return rows.reverse().map((r) => JSON.parse(r.turn) as Turn);
  }

  async seed(conversation: string, turns: Turn[]): Promise<void> {
    this.db.transaction(() => {
      if (this.knowsNow(conversation)) return;
      this.touch(conversation);
      turns.slice(-MAX_TURNS_PER_THREAD).forEach((turn, i) => this.addTurn(conversation, turn, `seed:${i}`));
    })();
  }

  async remember(conversation: string, turn: Turn, turnKey: string): Promise<void> {
    this.db.transaction(() => {
      this.touch(conversation);
      this.addTurn(conversation, turn, turnKey);
    })();
  }

  async saveAnswer(stored: StoredAnswer): Promise<void> {
    this.sql("INSERT OR REPLACE INTO answers (id, saved_at, stored) VALUES (?, ?, ?)").run(stored.id, this.now(), JSON.stringify(stored));
  }

  async recallAnswer(id: string): Promise<StoredAnswer | undefined> {
    const r = this.sql("SELECT stored FROM answers WHERE id = ? AND saved_at > ?").get(id, this.now() - RETENTION.answers) as { stored: string } | undefined;
    return r ? (JSON.parse(r.stored) as StoredAnswer) : undefined;
  }

  async prune(): Promise<void> {
    const t = this.now();
    this.db.transaction(() => {
      this.sql("DELETE FROM work WHERE status IN ('delivered', 'ignored', 'failed') AND updated_at < ?").run(t - RETENTION.work);
      this.sql("DELETE FROM claims WHERE expires_at < ?").run(t);
      this.sql("DELETE FROM turns WHERE conversation IN (SELECT conversation FROM conversations WHERE updated_at < ?)").run(t - RETENTION.conversations);
      this.sql("DELETE FROM conversations WHERE updated_at < ?").run(t - RETENTION.conversations);
      this.sql("DELETE FROM answers WHERE saved_at < ?").run(t - RETENTION.answers);
    })();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private sql(text: string): Database.Statement {
    let st = this.statements.get(text);
    if (!st) {
      st = this.db.prepare(text);
      this.statements.set(text, st);
    }
    return st;
  }

  private touch(conversation: string): void {
    this.sql("INSERT INTO conversations (conversation, updated_at) VALUES (?, ?) ON CONFLICT (conversation) DO UPDATE SET updated_at = excluded.updated_at").run(conversation, this.now());
  }

  private addTurn(conversation: string, turn: Turn, turnKey: string): void {
    const next = this.sql("SELECT coalesce(max(seq), 0) + 1 AS seq FROM turns WHERE conversation = ?").get(conversation) as { seq: number };
    this.sql("INSERT OR IGNORE INTO turns (conversation, turn_key, seq, turn) VALUES (?, ?, ?, ?)").run(conversation, turnKey, next.seq, JSON.stringify(turn));
    // Keep the newest turns only.
    this
      .sql("DELETE FROM turns WHERE conversation = ? AND seq <= (SELECT max(seq) FROM turns WHERE conversation = ?) - ?")
      .run(conversation, conversation, MAX_TURNS_PER_THREAD);
  }
}
