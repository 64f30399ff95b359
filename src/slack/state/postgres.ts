/**
 * The bot's state in PostgreSQL (DATABASE_URL), so that several bot instances share one store: a request
 * recorded by one is a re-delivery for all (Slack may retry on another instance), a message claimed by one
 * is not answered by another, and thread memory follows a conversation whichever instance answers it.
 *
 * Each piece of work is held by the instance that recorded it, under a lease that every update renews;
 * another instance takes up unfinished work at its start only once the lease has run out (its holder
 * stopped). Every operation is one statement, so it is atomic without transactions spanning round trips.
 * The same SQL runs on a managed PostgreSQL (12 or later) and, in the tests, on PGlite over pglite-socket.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Turn } from "../../answer/engine.js";
import { patchColumns, workItemFromRow, type WorkRow } from "./rows.js";
import { MAX_TURNS_PER_THREAD, RETENTION, UNFINISHED, type BotState, type StoredAnswer, type WorkItem, type WorkPatch } from "./store.js";

/** How long work stays with the instance that holds it without an update (renewed by every update). */
export const LEASE_MS = 2 * 60 * 1000;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS lga_work (
  key TEXT PRIMARY KEY, body TEXT, status TEXT NOT NULL, job TEXT, placeholder_ts TEXT, answer_id TEXT,
  messages TEXT, sent_parts INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,
  received_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, error TEXT, owner TEXT, lease_until BIGINT NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS lga_work_status ON lga_work (status, received_at);
CREATE TABLE IF NOT EXISTS lga_claims (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS lga_conversations (conversation TEXT PRIMARY KEY, updated_at BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS lga_turns (
  conversation TEXT NOT NULL, turn_key TEXT NOT NULL, seq INTEGER NOT NULL, turn TEXT NOT NULL,
  PRIMARY KEY (conversation, turn_key));
CREATE TABLE IF NOT EXISTS lga_answers (id TEXT PRIMARY KEY, saved_at BIGINT NOT NULL, stored TEXT NOT NULL);
`;


export class PostgresBotState implements BotState {
  /** This process: the holder of the work it records. */
  readonly instance = randomUUID();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => number,
  ) {}

  /** Connect and create the tables when they are missing. */
  static async connect(url: string, opts: { now?: () => number; maxConnections?: number } = {}): Promise<PostgresBotState> {
    const pool = new pg.Pool({ connectionString: url, max: opts.maxConnections ?? 4 });
    try {
      await pool.query(SCHEMA);
    } catch (e) {
      await pool.end();
      throw e;
    }
    return new PostgresBotState(pool, opts.now ?? Date.now);
  }

  async receive(key: string, body: unknown): Promise<boolean> {
    const t = this.now();
    const r = await this.pool.query(
      "INSERT INTO lga_work (key, body, status, received_at, updated_at, owner, lease_until) VALUES ($1, $2, 'received', $3, $3, $4, $5) ON CONFLICT (key) DO NOTHING",
      [key, JSON.stringify(body ?? null), t, this.instance, t + LEASE_MS],
    );
    return r.rowCount === 1;
  }

  async get(key: string): Promise<WorkItem | undefined> {
    const r = await this.pool.query<WorkRow>("SELECT * FROM lga_work WHERE key = $1", [key]);
    return r.rows[0] ? workItemFromRow(r.rows[0]) : undefined;
  }

  async update(key: string, patch: WorkPatch): Promise<void> {
    const t = this.now();
    const sets = ["updated_at = $2", "owner = $3", "lease_until = $4"];
    const params: unknown[] = [key, t, this.instance, t + LEASE_MS];
    for (const [column, value] of patchColumns(patch)) {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    }
    await this.pool.query(`UPDATE lga_work SET ${sets.join(", ")} WHERE key = $1`, params);
  }

  async unfinished(): Promise<WorkItem[]> {
    const t = this.now();
    const r = await this.pool.query<WorkRow>(
      `UPDATE lga_work SET owner = $1, lease_until = $2
        WHERE status = ANY($3) AND (owner IS NULL OR owner = $1 OR lease_until <= $4)
        RETURNING *`,
      [this.instance, t + LEASE_MS, UNFINISHED, t],
    );
    return r.rows.map(workItemFromRow).sort((a, b) => a.receivedAt - b.receivedAt || a.key.localeCompare(b.key));
  }

  async backlog(): Promise<number> {
    const r = await this.pool.query<{ n: string }>("SELECT count(*) AS n FROM lga_work WHERE status IN ('queued', 'answered')");
    return Number(r.rows[0]?.n ?? 0);
  }

  async claim(key: string, owner: string, ttlMs: number = RETENTION.claims): Promise<boolean> {
    const t = this.now();
    const r = await this.pool.query(
      `INSERT INTO lga_claims (key, owner, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
       WHERE lga_claims.owner = excluded.owner OR lga_claims.expires_at <= $4`,
      [key, owner, t + ttlMs, t],
    );
    return r.rowCount === 1;
  }

  async knows(conversation: string): Promise<boolean> {
    const r = await this.pool.query("SELECT 1 FROM lga_conversations WHERE conversation = $1 AND updated_at > $2", [conversation, this.now() - RETENTION.conversations]);
    return (r.rowCount ?? 0) > 0;
  }

  async history(conversation: string): Promise<Turn[]> {
    const r = await this.pool.query<{ turn: string }>("SELECT turn FROM lga_turns WHERE conversation = $1 ORDER BY seq DESC LIMIT $2", [conversation, MAX_TURNS_PER_THREAD]);
    return r.rows.reverse().map((row) => JSON.parse(row.turn) as Turn);
  }

  async seed(conversation: string, turns: Turn[]): Promise<void> {
    // Only the instance that makes the conversation known seeds it.
    const created = await this.pool.query(
      `INSERT INTO lga_conversations (conversation, updated_at) VALUES ($1, $2)
       ON CONFLICT (conversation) DO UPDATE SET updated_at = excluded.updated_at WHERE lga_conversations.updated_at <= $3`,
      [conversation, this.now(), this.now() - RETENTION.conversations],
    );
    if (created.rowCount !== 1) return;
    for (const [i, turn] of turns.slice(-MAX_TURNS_PER_THREAD).entries()) await this.addTurn(conversation, turn, `seed:${i}`);
  }

  async remember(conversation: string, turn: Turn, turnKey: string): Promise<void> {
    await this.pool.query(
      "INSERT INTO lga_conversations (conversation, updated_at) VALUES ($1, $2) ON CONFLICT (conversation) DO UPDATE SET updated_at = excluded.updated_at",
      [conversation, this.now()],
    );
    await this.addTurn(conversation, turn, turnKey);
  }

  async saveAnswer(stored: StoredAnswer): Promise<void> {
    await this.pool.query(
      "INSERT INTO lga_answers (id, saved_at, stored) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET saved_at = excluded.saved_at, stored = excluded.stored",
      [stored.id, this.now(), JSON.stringify(stored)],
    );
  }

  async recallAnswer(id: string): Promise<StoredAnswer | undefined> {
    const r = await this.pool.query<{ stored: string }>("SELECT stored FROM lga_answers WHERE id = $1 AND saved_at > $2", [id, this.now() - RETENTION.answers]);
    return r.rows[0] ? (JSON.parse(r.rows[0].stored) as StoredAnswer) : undefined;
  }

  async prune(): Promise<void> {
    const t = this.now();
    await this.pool.query("DELETE FROM lga_work WHERE status IN ('delivered', 'ignored', 'failed') AND updated_at < $1", [t - RETENTION.work]);
    await this.pool.query("DELETE FROM lga_claims WHERE expires_at < $1", [t]);
    await this.pool.query("DELETE FROM lga_turns WHERE conversation IN (SELECT conversation FROM lga_conversations WHERE updated_at < $1)", [t - RETENTION.conversations]);
    await this.pool.query("DELETE FROM lga_conversations WHERE updated_at < $1", [t - RETENTION.conversations]);
    await this.pool.query("DELETE FROM lga_answers WHERE saved_at < $1", [t - RETENTION.answers]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async addTurn(conversation: string, turn: Turn, turnKey: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO lga_turns (conversation, turn_key, seq, turn)
       SELECT $1, $2, coalesce(max(seq), 0) + 1, $3 FROM lga_turns WHERE conversation = $1
       ON CONFLICT (conversation, turn_key) DO NOTHING`,
      [conversation, turnKey, JSON.stringify(turn)],
    );
    await this.pool.query(
      "DELETE FROM lga_turns WHERE conversation = $1 AND seq <= (SELECT max(seq) FROM lga_turns WHERE conversation = $1) - $2",
      [conversation, MAX_TURNS_PER_THREAD],
    );
  }
}
