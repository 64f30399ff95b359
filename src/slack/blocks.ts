/**
 * Block Kit rendering: the only place that knows what a message looks like. Every function returns plain
 * Slack payloads (blocks plus a fallback `text`) and keeps inside Slack's limits: section text 3,000
 * characters, 50 blocks a message, a conservative total size; a long answer becomes several messages.
 * All document, answer and user text goes through `safeMrkdwn` (escaped, unable to ping anyone).
 */
import type { types } from "@slack/bolt";
import type { Answer, Citation } from "../answer/schema.js";
import { clip, mrkdwnLink, safeMrkdwn } from "./format.js";

export type KnownBlock = types.KnownBlock;
export type HomeView = types.HomeView;

export const LIMITS = {
  sectionText: 3000,
  contextElementText: 3000,
  contextElements: 10,
  blocksPerMessage: 50,
  blocksPerHomeView: 100,
  /** Slack rejects or silently drops messages a little above 12-13k characters of blocks. */
  messageChars: 11_000,
  fallbackText: 3000,
  buttonValue: 2000,
  headerText: 150,
  /** Rows shown in the compact list; the rest are counted. */
  rowsShown: 60,
} as const;

export const ACTIONS = {
  share: "lga_share",
  feedbackUp: "lga_feedback_up",
  feedbackDown: "lga_feedback_down",
} as const;

export interface SlackMessage {
  /** Fallback text: notifications, screen readers and clients without Block Kit. Never empty. */
  text: string;
  blocks: KnownBlock[];
}

export interface AnswerRenderOptions {
  /** Id under which the answer is cached (feedback and Share buttons refer to it). */
  answerId?: string;
  /** Add a "Share in channel" button (answers only the asker can see). */
  share?: boolean;
  /** Add 👍/👎 buttons (default true). */
  feedback?: boolean;
  /** Repeat the question above the answer (shared and ephemeral answers). */
  showQuestion?: boolean;
  /** One sentence on what the corpus holds, for "not in the papers" replies. */
  coverage?: string;
}

/** What a feedback or Share button carries: the cached answer's id and the question (to answer again). */
export interface ButtonRef {
  id: string;
  question: string;
}

// ---------------------------------------------------------------------------------------------------------
// Text splitting and packing

/**
 * Split mrkdwn text into pieces of at most `max` characters: at line breaks first, then at spaces, never
 * inside an `&amp;`-style entity.
 */
export function splitMrkdwn(text: string, max: number = LIMITS.sectionText): string[] {
  const pieces: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim()) pieces.push(current.replace(/\s+$/, ""));
    current = "";
  };
  for (const rawLine of text.split("\n")) {
    let line = rawLine;
    while (line.length > max) {
      flush();
      let cut = line.lastIndexOf(" ", max);
      if (cut < max * 0.5) cut = max;
      const entity = /&[a-z#0-9]{0,7}$/i.exec(line.slice(0, cut));
      if (entity) cut = entity.index;
      if (cut <= 0) cut = max;
      pieces.push(line.slice(0, cut).replace(/\s+$/, ""));
      line = line.slice(cut).replace(/^\s+/, "");
    }
    if (current && current.length + 1 + line.length > max) flush();
    current = current ? `${current}\n${line}` : line;
  }
  flush();
  return pieces;
}

function section(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

function sections(text: string): KnownBlock[] {
  return splitMrkdwn(text, LIMITS.sectionText).map(section);
}

function context(...texts: string[]): KnownBlock {
  return {
    type: "context",
    elements: texts.slice(0, LIMITS.contextElements).map((t) => ({ type: "mrkdwn" as const, text: splitMrkdwn(t, LIMITS.contextElementText)[0] ?? " " })),
  };
}

/** Size of a block as Slack counts it, near enough: its JSON. */
function weight(block: KnownBlock): number {
  return JSON.stringify(block).length;
}

/** Fallback text within the limit, escaped after clipping so the limit holds. */
export function fallbackText(plain: string, max: number = LIMITS.fallbackText): string {
  let budget = max;
  for (;;) {
    const out = safeMrkdwn(clip(plain.replace(/\s*\n\s*/g, " "), budget));
    if (out.length <= max || budget < 20) return out || "…";
    budget -= out.length - max + 10;
  }
}

/**
 * Pack blocks into as few messages as the limits allow. `trailing` blocks (buttons) go at the end of the
 * last message. Each message gets a fallback text: `summary` first, then "(continued …)".
 */
export function packMessages(blocks: KnownBlock[], summary: string, trailing: KnownBlock[] = []): SlackMessage[] {
  const groups: KnownBlock[][] = [];
  let current: KnownBlock[] = [];
  let size = 0;
  const add = (b: KnownBlock) => {
    const w = weight(b);
    if (current.length && (current.length + 1 > LIMITS.blocksPerMessage || size + w > LIMITS.messageChars)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(b);
    size += w;
  };
  for (const b of blocks) add(b);
  for (const b of trailing) add(b);
  if (current.length) groups.push(current);
  if (!groups.length) groups.push([section(safeMrkdwn(summary) || "…")]);
  return groups.map((g, i) => ({
    text: i === 0 ? fallbackText(summary) : `(continued, part ${i + 1} of ${groups.length})`,
    blocks: g,
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Buttons

export function encodeRef(ref: ButtonRef): string {
  let question = ref.question;
  for (;;) {
    const value = JSON.stringify({ i: ref.id, q: question });
    if (value.length <= LIMITS.buttonValue || !question) return value;
    question = question.slice(0, Math.max(0, question.length - (value.length - LIMITS.buttonValue) - 8));
  }
}

export function decodeRef(value: string | undefined): ButtonRef | undefined {
  if (!value) return undefined;
  try {
    const v = JSON.parse(value) as { i?: unknown; q?: unknown };
    if (typeof v.i !== "string") return undefined;
    return { id: v.i, question: typeof v.q === "string" ? v.q : "" };
  } catch {
    return undefined;
  }
}

function answerActions(ref: ButtonRef | undefined, opts: AnswerRenderOptions): KnownBlock[] {
  if (!ref) return [];
  const value = encodeRef(ref);
  const elements: types.Button[] = [];
  if (opts.share) {
    elements.push({ type: "button", action_id: ACTIONS.share, style: "primary", text: { type: "plain_text", text: "Share in channel" }, value });
  }
  if (opts.feedback !== false) {
    elements.push(
      { type: "button", action_id: ACTIONS.feedbackUp, text: { type: "plain_text", text: "👍", emoji: true }, value, accessibility_label: "Helpful answer" },
      { type: "button", action_id: ACTIONS.feedbackDown, text: { type: "plain_text", text: "👎", emoji: true }, value, accessibility_label: "Unhelpful answer" },
    );
  }
  return elements.length ? [{ type: "actions", block_id: "lga_answer_actions", elements }] : [];
}

// ---------------------------------------------------------------------------------------------------------
// Answers

const STATUS_BADGE: Record<string, string> = {
  Red: ":red_circle: Red",
  "Amber/Red": ":red_circle::large_orange_circle: Amber/Red",
  Amber: ":large_orange_circle: Amber",
  "Amber/Green": ":large_orange_circle::large_green_circle: Amber/Green",
  Green: ":large_green_circle: Green",
  Blue: ":large_blue_circle: Blue",
  "Not rated": ":white_circle: Not rated",
};

const ROW_LABELS: Record<string, string> = {
  target: "Targets",
  risk: "Risks",
  member: "Members",
  attendance: "Attendance",
  agenda_item: "Agenda items",
  meeting: "Meetings",
  paper: "Papers",
  minute: "Minutes",
  declaration: "Declarations of interest",
  cell: "Table values",
};

function str(row: Record<string, unknown>, key: string): string {
  const v = row[key];
  if (v === undefined || v === null) return "";
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "";
}

/** One structured row as one compact mrkdwn line. */
export function rowLine(row: Record<string, unknown>): string {
  const s = (k: string, max = 120) => safeMrkdwn(clip(str(row, k), max));
  const opt = (k: string, fmt: (v: string) => string, max?: number) => (str(row, k) ? fmt(s(k, max)) : "");
  switch (row.type) {
    case "target": {
      const status = str(row, "status") || str(row, "objectiveStatus");
      // The report's own word beside its colour ("Some risk"), or the word alone when it has no colour.
      const badge = STATUS_BADGE[status] ?? (str(row, "statusLabel") ? `:white_circle: ${s("statusLabel", 30)}` : ":white_circle: no status");
      const label = status && str(row, "statusLabel") ? ` (${s("statusLabel", 30)})` : "";
      return `*${s("ref", 20)}* ${badge}${label} ${s("text", 140)}${opt("lead", (v) => ` — _${v}_`, 60)}`;
    }
    case "risk": {
      const rated = str(row, "score") ? `score ${s("score")}${opt("band", (v) => ` (${v})`)}` : `rated ${s("rating") || s("statusLabel")}`;
      return `*${s("ref", 20)}* ${rated} — ${s("description", 140)}${opt("owner", (v) => ` — _${v}_`, 60)}`;
    }
    case "minute":
      return `${s("number", 10)}. ${s("title", 140)}${opt("introducedBy", (v) => ` — introduced by ${v}`, 60)}${opt("decision", (v) => ` — _${v}_`, 160)}`;
    case "declaration":
      return `${s("person", 60)}: ${s("interest", 160)}`;
    case "member":
      return `${s("displayName", 80)} — ${s("role")}${opt("council", (v) => `, ${v}`, 80)}${opt("group", (v) => ` (${v})`, 40)}${opt("term", (v) => `, ${v}`)}`;
    case "attendance": {
      const present = row.present === true ? "present" : row.present === false ? "absent" : "not recorded";
      return `${s("person", 80)}${opt("group", (v) => ` (${v})`, 40)} — ${s("meetingLabel", 60)}: ${present}`;
    }
    case "agenda_item":
      return `${s("number", 10)}. ${s("title", 160)}${opt("pages", (v) => ` (pages ${v})`, 20)}${row.confidential === true ? " — _confidential_" : ""}`;
    case "meeting":
      return `${s("board", 80)} — ${s("date", 30)}${opt("time", (v) => `, ${v}`, 30)}${opt("venue", (v) => `, ${v}`, 100)}`;
    case "paper":
      return `${s("title", 160)}${opt("board", (v) => ` — ${v}`, 80)}${opt("meetingDate", (v) => `, ${v}`, 30)}`;
    case "cell":
      return `${s("table", 80)}: ${s("rowLabel", 80)} / ${s("column", 60)}: *${s("value", 80)}*`;
    default: {
      const fields = Object.entries(row)
        .filter(([k, v]) => typeof v === "string" && !["id", "docId", "source", "type"].includes(k))
        .slice(0, 4)
        .map(([, v]) => safeMrkdwn(clip(v as string, 80)));
      return fields.join(" · ") || safeMrkdwn(clip(str(row, "source"), 200));
    }
  }
}

function rowsBlock(rows: Array<Record<string, unknown>>): string {
  const types = new Set(rows.map((r) => String(r.type ?? "")));
  const label = types.size === 1 ? (ROW_LABELS[[...types][0]!] ?? "Records") : "Records";
  const shown = rows.slice(0, LIMITS.rowsShown).map((r) => `• ${rowLine(r)}`);
  const more = rows.length > shown.length ? [`_…and ${rows.length - shown.length} more._`] : [];
  return [`*${label} (${rows.length})*`, ...shown, ...more].join("\n");
}

/** Rows are worth a list when they hold more than the answer's own bullet lines show. */
function rowsAddInformation(answer: Answer): boolean {
  const rows = answer.rows ?? [];
  if (!rows.length) return false;
  const bullets = answer.answer.split("\n").filter((l) => l.trim().startsWith("•")).length;
  return rows.length > bullets;
}

export function citationText(c: Citation, n: number): string {
  const title = c.url ? `*[${n}]* ${mrkdwnLink(c.url, clip(c.title, 200))}` : `*[${n}] ${safeMrkdwn(clip(c.title, 200))}*`;
  const where = [c.date, c.locator].filter(Boolean).map((x) => safeMrkdwn(clip(x, 160)));
  const quote = safeMrkdwn(clip(c.quote, 1500));
  const quoted = /^["“]/.test(c.quote.trim()) && /["”]$/.test(c.quote.trim()) ? quote : `“${quote}”`;
  return `${title} · ${where.join(" · ")}\n${quoted}`;
}

/** An answer as one or more messages (usually one). */
export function renderAnswer(answer: Answer, opts: AnswerRenderOptions = {}): SlackMessage[] {
  const blocks: KnownBlock[] = [];
  if (opts.showQuestion && answer.question) blocks.push(context(`*Question:* ${safeMrkdwn(clip(answer.question, 500))}`));
  if (answer.sections?.length) {
    // A briefing: its title, then each part in full, split across messages where needed.
    blocks.push(...sections(`*${safeMrkdwn(answer.answer.split("\n")[0] ?? "Briefing")}*`));
    for (const part of answer.sections) blocks.push(...sections(`*${safeMrkdwn(part.heading)}*\n${part.lines.map((l) => `• ${safeMrkdwn(l)}`).join("\n")}`));
  } else {
    const body = safeMrkdwn(answer.answer || "(no answer)");
    blocks.push(...sections(answer.found ? body : `:mag: ${body}`));
  }
  if (!answer.found) {
    if (opts.coverage && !answer.answer.includes(opts.coverage.slice(0, 40))) blocks.push(context(safeMrkdwn(clip(opts.coverage, 2500))));
    blocks.push(context("I answer only from the papers I hold. Try `/lga help` for examples of questions I can answer."));
  }
  if (answer.found && answer.mode === "llm") blocks.push(context("_Worded by a language model from the passages below; every quote is checked against the papers._"));
  for (const note of (answer.notes ?? []).slice(0, 3)) blocks.push(context(`_${safeMrkdwn(clip(note, 300))}_`));
  if (!answer.sections?.length && rowsAddInformation(answer)) blocks.push(...sections(rowsBlock(answer.rows ?? [])));
  if (answer.citations.length) {
    blocks.push(context(":page_facing_up: *Sources*"));
    answer.citations.forEach((c, i) => blocks.push(context(citationText(c, i + 1))));
  }
  const ref = opts.answerId ? { id: opts.answerId, question: answer.question } : undefined;
  const sources = answer.citations.length ? ` (${answer.citations.length} source${answer.citations.length === 1 ? "" : "s"})` : "";
  return packMessages(blocks, `${answer.answer}${sources}`, answerActions(ref, opts));
}

// ---------------------------------------------------------------------------------------------------------
// Other replies

export const PLACEHOLDER_TEXT = ":hourglass_flowing_sand: Looking through the papers…";

export const BUSY_PLACEHOLDER_TEXT = ":hourglass_flowing_sand: I'm busy with other questions just now; I'll answer this shortly…";

/** Progress while the engine works; `busy` when the question waits behind many others. */
export function renderPlaceholder(busy = false): SlackMessage {
  const text = busy ? BUSY_PLACEHOLDER_TEXT : PLACEHOLDER_TEXT;
  return { text, blocks: [context(text)] };
}

/** The queue is full: the question is not taken, and the person is told to ask again. */
export function renderTooBusy(): SlackMessage {
  const text = ":hourglass: Sorry, I have too many questions waiting just now and can't take this one. Please ask again in a few minutes.";
  return { text, blocks: [section(text)] };
}

/** Slack could not be reached for longer than the delivery budget: said once it answers again. */
export function renderUndelivered(question: string): SlackMessage {
  const text = `:warning: Sorry, I couldn't deliver my answer to _${safeMrkdwn(clip(question, 200))}_: Slack was not accepting messages for a while. Please ask again.`;
  return { text, blocks: [section(text)] };
}

export function renderError(): SlackMessage {
  const text =
    ":warning: Sorry, something went wrong while I was answering. Please try again in a moment; if it keeps happening, tell whoever runs this bot (the details are in its log).";
  return { text, blocks: [section(text)] };
}

export type DeclineReason = "team" | "channel";

export function renderDecline(reason: DeclineReason): SlackMessage {
  const text =
    reason === "team"
      ? "Sorry, I'm not set up to answer questions in this workspace. Please ask whoever runs this bot to add it to the allowed workspaces."
      : "Sorry, I'm not set up to answer in this channel. You can ask me in a direct message, or ask whoever runs this bot which channels I answer in.";
  return { text, blocks: [section(text)] };
}

export interface Guide {
  /** How people mention the bot, e.g. "@lga-assistant". */
  botName?: string;
  coverage: string;
  questions: string[];
  briefings: string[];
  citations: string[];
}

function howToAsk(g: Guide): string {
  const at = g.botName ? `@${safeMrkdwn(g.botName)}` : "@the bot";
  const example = safeMrkdwn(g.questions[0] ?? "Which targets were Red in March 2019?");
  return [
    `• *In a channel:* mention me — ${at} ${example} — and I answer in the thread. Ask follow-ups there (_"and which were Amber?"_).`,
    "• *In a direct message* or my assistant pane: just ask.",
    "• `/lga <question>` — only you see the answer; *Share in channel* posts it for everyone.",
    `• \`/lga brief <board or topic>\` — a briefing, e.g. \`/lga brief ${safeMrkdwn(g.briefings[0]?.replace(/^brief me on (the )?/i, "") ?? "Improvement and Innovation Board")}\``,
    "• `/lga cite <topic>` — the exact passages to quote, with where they are.",
    "• `/lga help` — this message.",
  ].join("\n");
}

/** `/lga help` (and an empty `/lga`). */
export function renderHelp(g: Guide): SlackMessage {
  const blocks: KnownBlock[] = [
    section("*I answer questions about the LGA board papers and performance reports*, quoting the papers so you can check every answer."),
    ...sections(howToAsk(g)),
    ...sections(`*Try:*\n${[...g.questions, ...g.briefings].map((q) => `• ${safeMrkdwn(q)}`).join("\n")}`),
    context(safeMrkdwn(clip(g.coverage, 2500))),
  ];
  return { text: "How to ask me about the LGA board papers and performance reports.", blocks };
}

export interface HomeDocument {
  title: string;
  date: string;
  period?: string;
  kind?: string;
  board?: string;
}

/** The App Home tab: what the bot knows (documents and dates) and how to ask. */
export function renderHome(g: Guide, documents: HomeDocument[]): HomeView {
  const docs = [...documents].sort((a, b) => b.date.localeCompare(a.date));
  const dated = docs.map((d) => `• *${safeMrkdwn(clip(d.title, 150))}* — ${safeMrkdwn(d.period ?? d.date)}${d.kind ? ` · _${safeMrkdwn(d.kind)}_` : ""}`);
  const shownDocs = dated.slice(0, 150);
  if (dated.length > shownDocs.length) shownDocs.push(`_…and ${dated.length - shownDocs.length} more._`);
  const withDates = docs.filter((d) => /^\d{4}/.test(d.date));
  const first = withDates.at(-1);
  const last = withDates[0];
  const span = first && last && first !== last ? ` from ${first.period ?? first.date} to ${last.period ?? last.date}` : "";
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: "LGA papers assistant", emoji: true } },
    section("I answer questions about Local Government Association board papers and performance reports, and I quote the papers for every answer. If something is not in the papers, I say so."),
    { type: "divider" },
    section(`*What I hold:* ${docs.length} document${docs.length === 1 ? "" : "s"}${safeMrkdwn(span)}`),
    ...sections(shownDocs.join("\n") || "_No documents are indexed yet._"),
    { type: "divider" },
    section("*How to ask*"),
    ...sections(howToAsk(g)),
    { type: "divider" },
    ...sections(`*Example questions*\n${g.questions.map((q) => `• ${safeMrkdwn(q)}`).join("\n")}`),
    ...sections(`*Briefings and citations*\n${[...g.briefings, ...g.citations].map((q) => `• ${safeMrkdwn(q)}`).join("\n")}`),
    context("Answers are drawn only from the indexed papers. Use 👍/👎 under an answer to tell us how it did."),
  ];
  return { type: "home", blocks: blocks.slice(0, LIMITS.blocksPerHomeView) };
}

/** The first message in an assistant (agent) thread. */
export function renderWelcome(g: Guide): string {
  return safeMrkdwn(`Hello! Ask me anything about the LGA board papers and performance reports; I quote the papers in every answer. ${clip(g.coverage, 2000)}`);
}
