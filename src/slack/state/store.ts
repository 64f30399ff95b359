/**
 * The bot's durable state, behind a small port: the work log of acknowledged requests (so nothing that was
 * acknowledged is lost to a crash or a restart), dedupe keys (so nothing is answered twice, across restarts),
 * thread memory (follow-ups keep their context) and answers given (the Share button and feedback).
 * `SqliteBotState` (./sqlite.ts) is the embedded implementation; a shared database adapter implements the
 * same port for several instances. Nothing outside this folder knows how it is stored.
 */
import type { EngineAnswer, Turn } from "../../answer/engine.js";
import type { SlackMessage } from "../blocks.js";

/**
 * received: acknowledged, not yet understood (replayed through the listeners on start);
 * queued: a question to answer; answered: the answer is rendered, delivery not finished;
 * delivered: done; ignored: nothing to answer (chatter, a duplicate of another event);
 * giving_up: delivery failed past its budget, the user is still to be told; failed: told (or could not be).
 */
export type WorkStatus = "received" | "queued" | "answered" | "delivered" | "ignored" | "giving_up" | "failed";

/** Where an answer goes. */
export type ReplyTarget =
  /** Into a conversation: a thread (threadTs) or a DM's top level; `placeholder` shows progress first. */
  | { via: "chat"; channel: string; threadTs?: string; placeholder: boolean; assistantThread?: boolean }
  /** Through a slash command's response_url (only the asker sees it). */
  | { via: "response_url"; url: string };

export interface AnswerJob {
  question: string;
  /** Thread memory key (follow-ups); none for one-off questions. */
  conversation?: string;
  reply: ReplyTarget;
  /** Render options: the Share button and the question shown (slash commands). */
  share?: boolean;
  user?: string;
  teamId?: string;
}

export interface WorkItem {
  key: string;
  /** The request as Slack sent it, kept until it is understood so it can be replayed after a crash. */
  body?: unknown;
  status: WorkStatus;
  job?: AnswerJob;
  placeholderTs?: string;
  answerId?: string;
  /** The rendered answer, so a retried delivery never answers again. */
  messages?: SlackMessage[];
  /** How many of `messages` Slack has. */
  sentParts: number;
  attempts: number;
  receivedAt: number;
  updatedAt: number;
  error?: string;
}

export type WorkPatch = Partial<Pick<WorkItem, "status" | "job" | "placeholderTs" | "answerId" | "messages" | "sentParts" | "attempts" | "error">> & {
  /** Drop the raw request once it is understood (it may hold a long message). */
  dropBody?: boolean;
};

export interface StoredAnswer {
  id: string;
  question: string;
  answer: EngineAnswer;
}

/**
 * Asynchronous, so that a database server can implement it; the embedded SQLite answers at once.
 */
export interface BotState {
  /** Record an acknowledged request before it is acknowledged. False when the key is known (a re-delivery). */
  receive(key: string, body: unknown): Promise<boolean>;
  get(key: string): Promise<WorkItem | undefined>;
  update(key: string, patch: WorkPatch): Promise<void>;
  /**
   * Everything not finished (received, queued, answered, giving_up), oldest first, that no other running
   * instance holds; from now on this instance holds it (several bot instances may share one store: each
   * request is worked on by the instance that received it, or taken up when that one stops renewing).
   */
  unfinished(): Promise<WorkItem[]>;
  /** How many questions wait to be answered or delivered. */
  backlog(): Promise<number>;

  /**
   * Claim `key` for `owner`: true the first time, and again for the same owner (a replay after a crash);
   * false when another owner holds it. Claims expire after `ttlMs`.
   */
  claim(key: string, owner: string, ttlMs?: number): Promise<boolean>;

  /** A conversation is known once the bot has answered (or been opened) in it. */
  knows(conversation: string): Promise<boolean>;
  history(conversation: string): Promise<Turn[]>;
  /** Seed a conversation's history (rebuilt from Slack); no change when it is known. */
  seed(conversation: string, turns: Turn[]): Promise<void>;
  /** Add a turn; `turnKey` makes it idempotent (an answer redone after a crash is remembered once). */
  remember(conversation: string, turn: Turn, turnKey: string): Promise<void>;

  saveAnswer(stored: StoredAnswer): Promise<void>;
  recallAnswer(id: string): Promise<StoredAnswer | undefined>;

  /** Drop finished work, expired claims and old conversations and answers. */
  prune(): Promise<void>;
  close(): Promise<void>;
}

export const MAX_TURNS_PER_THREAD = 12;

const DAY = 24 * 60 * 60 * 1000;
/** How long finished work, claims, conversations and answers are kept. */
export const RETENTION = { work: 2 * DAY, claims: 2 * DAY, conversations: 7 * DAY, answers: DAY } as const;

export const UNFINISHED: WorkStatus[] = ["received", "queued", "answered", "giving_up"];
