/**
 * A group chat exported as text by WhatsApp ("Export chat", without media): one message a line, opened by
 * its date, time and sender ("21/02/2124, 08:41 - Rosalind E-P: URGENT – …" from Android, "[21/02/2124,
 * 08:41:07] Rosalind E-P: …" from iOS); a message's further lines carry no stamp; system lines carry no
 * sender ("… created group "LDAP Chair & Leads""). Read as one paragraph a message, its lines joined, so
 * a message is quoted whole and never run into the next; the app's own words are left out (the encryption
 * notice, "<Media omitted>", "This message was deleted", "<This message was edited>"). The title is the
 * group's name where the export gives it.
 */

/** A message's stamp: "21/02/2124, 08:41 - ", "2/21/24, 8:41 AM - ", "[21/02/2124, 08:41:07] ". */
const STAMP = /^\u200E?(?:\[(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}),?\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)\]\s|(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}),?\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)\s[-–]\s)/;

/** What the app writes in place of a message or beside it, not what anyone said. */
const APP_NOTICE = /^\u200E?(?:<Media omitted>|<attached: [^>]*>|This message was deleted|You deleted this message|(?:image|video|audio|sticker|GIF|document) omitted|null)\.?$/i;
const EDITED = /\s*\u200E?<This message was edited>\s*$/;
const ENCRYPTION_NOTICE = /\bend-to-end encrypted\b/i;

/** True for a WhatsApp export: most lines open with a message's stamp, several of them with a sender. */
export function isWhatsAppExport(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  const stamped = lines.filter((l) => STAMP.test(l));
  const sent = stamped.filter((l) => /^[^:]{1,60}:\s/.test(l.replace(STAMP, "")));
  return stamped.length >= 5 && sent.length >= 3 && stamped.length >= lines.length * 0.5;
}

/**
 * The days a chat's stamps give, as ISO dates: day first, as a UK phone writes them, unless a stamp's second
 * number is more than 12 (an American phone's month first, "2/21/24").
 */
function stampDays(stamps: string[]): string[] {
  const parts = stamps.map((d) => d.split(/[/.]/).map(Number) as [number, number, number]);
  const monthFirst = parts.some(([, b]) => b > 12) && !parts.some(([a]) => a > 12);
  return parts
    .map(([a, b, y]) => {
      const [day, month] = monthFirst ? [b, a] : [a, b];
      const year = y < 100 ? 2000 + y : y;
      return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` : "";
    })
    .filter(Boolean)
    .sort();
}

/**
 * A WhatsApp export as one paragraph a message, the group's name, and the first and last days its messages
 * were sent; undefined for any other text.
 */
export function whatsAppToText(text: string): { text: string; title?: string; span?: { from: string; to: string } } | undefined {
  if (!isWhatsAppExport(text)) return undefined;
  const messages: string[][] = [];
  const stamps: string[] = [];
  let title: string | undefined;
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.replace(EDITED, "");
    const stamp = STAMP.exec(line);
    if (stamp) {
      stamps.push((stamp[1] ?? stamp[3])!);
      const said = line.replace(STAMP, "");
      const named = /\b(?:created group|changed the (?:group name|subject)(?: from "[^"]*")? to) "([^"]+)"/.exec(said)?.[1];
      if (named) title = named;
      const body = /^[^:]{1,60}:\s(.*)$/.exec(said)?.[1] ?? said;
      // (An iPhone's export gives the notice a sender, the chat's own name.)
      if (ENCRYPTION_NOTICE.test(said) && /^\u200E?Messages and calls\b/i.test(body)) {
        messages.push([]);
        continue;
      }
      messages.push(APP_NOTICE.test(body.trim()) ? [] : [line]);
    } else if (messages.length && messages[messages.length - 1]!.length) {
      if (line.trim()) messages[messages.length - 1]!.push(line);
    }
  }
  // (A message's lines as one paragraph: the structure reads a line as a block of its own.)
  const paragraphs = messages.filter((m) => m.length).map((m) => m.map((l) => l.trim()).join(" "));
  const days = stampDays(stamps);
  return { text: paragraphs.join("\n\n"), ...(title ? { title } : {}), ...(days.length ? { span: { from: days[0]!, to: days[days.length - 1]! } } : {}) };
}

/**
 * A meeting's chat saved by Zoom ("Save chat", meeting_saved_chat.txt): a message opened by its time and
 * who sent it to whom ("10:41:09 From Cllr A to Everyone:", "… to Jo Bloggs(Direct Message):"), its words
 * on the lines after, each indented by a tab (older versions: "10:41:09\t From  Cllr A : words", one line).
 */
const ZOOM_STAMP = /^(\d{1,2}:\d{2}:\d{2})\s+From\s+\S.*?:(?:\s+(\S.*))?$/;

/** True for a Zoom chat: most unindented lines open with a message's stamp, five at least. */
function isZoomChat(lines: string[]): boolean {
  const heads = lines.filter((l) => l.trim() && !/^\t/.test(l));
  const stamped = heads.filter((l) => ZOOM_STAMP.test(l.trim()));
  return stamped.length >= 5 && stamped.length >= heads.length * 0.8;
}

/** A Zoom chat as one paragraph a message, its stamp first and its lines joined; undefined for any other text. */
export function zoomChatToText(text: string): { text: string } | undefined {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (!isZoomChat(lines)) return undefined;
  const messages: string[][] = [];
  for (const line of lines) {
    if (ZOOM_STAMP.test(line.trim()) && !/^\t/.test(line)) messages.push([line.trim()]);
    else if (line.trim() && messages.length) messages[messages.length - 1]!.push(line.trim());
  }
  return { text: messages.map((m) => m.join(" ")).join("\n\n") };
}
