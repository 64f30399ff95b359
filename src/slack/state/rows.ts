/** A work row as both stores return it (PostgreSQL gives BIGINT columns as strings), to a WorkItem. */
import type { WorkItem, WorkPatch, WorkStatus } from "./store.js";

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

/** The columns a patch changes, with their stored values (the body dropped is set to null). */
export function patchColumns(patch: WorkPatch): Array<[column: string, value: unknown]> {
  const columns: Array<[string, unknown]> = [];
  if (patch.status !== undefined) columns.push(["status", patch.status]);
  if (patch.job !== undefined) columns.push(["job", JSON.stringify(patch.job)]);
  if (patch.placeholderTs !== undefined) columns.push(["placeholder_ts", patch.placeholderTs]);
  if (patch.answerId !== undefined) columns.push(["answer_id", patch.answerId]);
  if (patch.messages !== undefined) columns.push(["messages", JSON.stringify(patch.messages)]);
  if (patch.sentParts !== undefined) columns.push(["sent_parts", patch.sentParts]);
  if (patch.attempts !== undefined) columns.push(["attempts", patch.attempts]);
  if (patch.error !== undefined) columns.push(["error", patch.error]);
  if (patch.dropBody) columns.push(["body", null]);
  return columns;
}
