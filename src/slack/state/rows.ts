/** A work row as both stores return it (PostgreSQL gives BIGINT columns as strings), to a WorkItem. */
import type { WorkItem, WorkStatus } from "./store.js";

export interface WorkRow {
  key: string;
  body: string | null;
  status: WorkStatus;
  job: string | null;
  placeholder_ts: string | null;
  answer_id: string | null;
  messages: string | null;
  sent_parts: number;
  attempts: number;
  received_at: number | string;
  updated_at: number | string;
  error: string | null;
}

export function workItemFromRow(r: WorkRow): WorkItem {
  return {
    key: r.key,
    ...(r.body !== null ? { body: JSON.parse(r.body) as unknown } : {}),
    status: r.status,
    ...(r.job ? { job: JSON.parse(r.job) as WorkItem["job"] } : {}),
    ...(r.placeholder_ts ? { placeholderTs: r.placeholder_ts } : {}),
    ...(r.answer_id ? { answerId: r.answer_id } : {}),
    ...(r.messages ? { messages: JSON.parse(r.messages) as WorkItem["messages"] } : {}),
    sentParts: Number(r.sent_parts),
    attempts: Number(r.attempts),
    receivedAt: Number(r.received_at),
    updatedAt: Number(r.updated_at),
    ...(r.error ? { error: r.error } : {}),
  };
}
