/**
 * Text safety for Slack: everything the bot shows that comes from documents, answers or users goes through
 * `safeMrkdwn`, so no text can be read as Slack markup (links, user or channel mentions, broadcasts).
 * Incoming message text goes the other way through `slackToPlain`.
 */

/** Zero-width word joiner: keeps "@here" readable while Slack no longer sees a broadcast keyword. */
export const WORD_JOINER = "\u2060";

/** Escape the three characters Slack's mrkdwn reserves for control sequences. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Defuse plain-text broadcast and mention keywords. After `escapeMrkdwn` no `<!channel>`, `<@U…>`, `<#C…>`
 * or `<!subteam^…>` sequence can remain; this also breaks "@channel", "@here", "@everyone" (which Slack
 * turns into broadcasts when a message is posted with `link_names`) and "!channel"-style tokens.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(channel|here|everyone|group)\b/gi, `@${WORD_JOINER}$1`)
    .replace(/!(channel|here|everyone|subteam)\b/gi, `!${WORD_JOINER}$1`);
}

/**
 * Text safe to place in a mrkdwn field: escaped and unable to ping anyone. Words the papers strike through,
 * written "~~old~~", are struck as Slack strikes them ("~old~").
 */
export function safeMrkdwn(text: string): string {
  return neutraliseMentions(escapeMrkdwn(text)).replace(/~~([^~\n]+?)~~/g, "~$1~");
}

/** Plain text (headers, buttons): not parsed for mentions, but neutralised anyway and kept printable. */
export function safePlain(text: string): string {
  return neutraliseMentions(text.replace(/[\u0000-\u0008\u000b-\u001f]/g, " "));
}

/** A link in mrkdwn: the URL and its label escaped so neither can break out of `<url|label>`. */
export function mrkdwnLink(url: string, label: string): string {
  const safeUrl = escapeMrkdwn(url).replace(/\|/g, "%7C");
  const safeLabel = safeMrkdwn(label).replace(/\|/g, "¦");
  if (!/^https?:\/\//i.test(url)) return safeLabel;
  return `<${safeUrl}|${safeLabel}>`;
}

/** Clip to `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const t = text.replace(/[ \t]+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, Math.max(1, max - 1));
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${atWord.length > max * 0.6 ? atWord : cut}…`;
}

/**
 * Incoming message text as the question a person typed: the bot's own mention removed, other mentions and
 * links turned into their labels, Slack's escapes undone, whitespace collapsed.
 */
export function slackToPlain(text: string, botUserId?: string): string {
  return text
    .replace(/<@([^>|\s]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => (id === botUserId ? " " : name ? `@${name}` : "someone"))
    .replace(/<#[^>|\s]+(?:\|([^>]*))?>/g, (_m, name?: string) => (name ? `#${name}` : "a channel"))
    .replace(/<!subteam\^[^>|\s]+(?:\|([^>]*))?>/g, (_m, name?: string) => (name ? `${name}` : "a group"))
    .replace(/<![a-z]+(?:\^[^>|]*)?(?:\|([^>]*))?>/g, (_m, label?: string) => (label ? label : " "))
    .replace(/<((?:https?|mailto):[^>|]+)(?:\|([^>]*))?>/g, (_m, url: string, label?: string) => label ?? url)
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

interface RichTextElement {
  type: string;
  text?: string;
  user_id?: string;
  channel_id?: string;
  url?: string;
  name?: string;
  elements?: RichTextElement[];
}

/**
 * A message's text in Slack's own markup. Some clients and workflows send a message's words only in its
 * rich-text blocks, with an empty `text`: read them from there.
 */
export function messageText(message: { text?: string; blocks?: unknown[] }): string {
  if (message.text?.trim()) return message.text;
  const walk = (els: RichTextElement[] | undefined): string =>
    (els ?? [])
      .map((e) => {
        if (e.type === "text") return e.text ?? "";
        if (e.type === "user" && e.user_id) return `<@${e.user_id}>`;
        if (e.type === "channel" && e.channel_id) return `<#${e.channel_id}>`;
        if (e.type === "link" && e.url) return e.text ?? e.url;
        if (e.type === "emoji") return "";
        return `${walk(e.elements)}${/^rich_text_(?:list|preformatted|quote)$/.test(e.type) ? "\n" : ""}`;
      })
      .join("");
  return walk(message.blocks as RichTextElement[] | undefined).trim();
}

/** True when the text addresses the bot by mention. */
export function mentions(text: string, userId: string): boolean {
  return text.includes(`<@${userId}>`) || text.includes(`<@${userId}|`);
}

/**
 * Whether a message in a thread the bot answered in reads as a question for the bot (rather than people
 * talking to each other: "thanks!", "see you at 3"). Mentioning the bot always counts.
 */
export function looksLikeQuestion(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (!t) return false;
  if (t.includes("?")) return true;
  return /^(?:and|what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|can|could|has|have|had|list|show|tell|give|brief|cite|find|compare|same for|also)\b/.test(t);
}
