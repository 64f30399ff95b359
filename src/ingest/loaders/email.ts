/**
 * An e-mail saved as .eml (RFC 5322 / MIME): minutes and papers are often sent to members in the body of a
 * message. The message is parsed by postal-mime (MIME parts, quoted-printable and base64, RFC 2047 encoded
 * headers, character sets); its body is read as the HTML loader reads a page (tables kept), else as plain
 * text. The sender, recipients, date and subject come first, as a mail client shows them, and the subject
 * is the title the file gives itself.
 */
import PostalMime, { type Address } from "postal-mime";
import { htmlToText, mainContent } from "./html.js";
import { adaptiveCardHtml } from "./adaptive-card.js";
import { LoadError, readSource, type LoadedText } from "./types.js";
import { withWindowsPunctuation } from "./text.js";
import { firstEvent } from "./icalendar.js";
import { isTnef, tnefAttachments } from "./tnef.js";
import { attachedFilesText, type AttachedFile } from "./attached-files.js";

/** "Verity Nanjiani <verity.nanjiani@local.gov.uk>", or a group's name with its members. */
function addressText(a: Address): string {
  if ("group" in a && a.group) return `${a.name}: ${a.group.map(addressText).join(", ")}`;
  const mailbox = a as { name?: string; address?: string };
  return mailbox.name && mailbox.address ? `${mailbox.name} <${mailbox.address}>` : (mailbox.address ?? mailbox.name ?? "");
}

/** The date a message was sent, as a reader would write it: "27 September 2101". */
function sentDate(iso: string | undefined): string | undefined {
  const d = iso ? new Date(iso) : undefined;
  if (!d || Number.isNaN(d.getTime())) return undefined;
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

type Email = Awaited<ReturnType<typeof PostalMime.parse>>;

/** A message as a mail client shows it: its sender, recipients, date and subject, then its body. */
function messageText(email: Email): { text: string; body: string; html: boolean } {
  const headerLines = [
    email.from ? `From: ${addressText(email.from)}` : undefined,
    email.to?.length ? `To: ${email.to.map(addressText).join("; ")}` : undefined,
    email.cc?.length ? `Cc: ${email.cc.map(addressText).join("; ")}` : undefined,
    sentDate(email.date) ? `Sent: ${sentDate(email.date)}` : undefined,
    email.subject ? `Subject: ${withWindowsPunctuation(email.subject)}` : undefined,
  ].filter((l): l is string => !!l);
  // (The HTML part keeps the tables a plain-text part flattens to tabs and spaces.)
  const body = withWindowsPunctuation(bodyText(email));
  return { text: `${headerLines.join("\n\n")}\n\n${body}`.trim(), body, html: !!email.html };
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * The body as the reader sees it: the HTML part, or the Adaptive Card it carries when its own body is only a
 * fallback (an actionable message from Power Automate: the card is what Outlook shows), or the plain-text
 * part when the HTML part is a stub that says much less ("view this message in your browser").
 */
function bodyText(email: Email): string {
  if (!email.html) return email.text ?? "";
  const html = htmlToText(mainContent(email.html, { article: false })?.html ?? email.html);
  const card = adaptiveCardHtml(email.html);
  const cardText = card ? htmlToText(card) : "";
  if (wordCount(cardText) > wordCount(html)) return cardText;
  const plain = email.text ?? "";
  return wordCount(plain) > 2 * wordCount(html) + 20 ? plain : html;
}

/** A non-delivery report: "multipart/report; report-type=delivery-status" (RFC 3462), as every mail server sends. */
function isDeliveryReport(email: Email): boolean {
  const contentType = email.headers.find((h) => h.key === "content-type")?.value ?? "";
  return /^multipart\/report\b/i.test(contentType) && /report-type\s*=\s*"?delivery-status/i.test(contentType);
}

/**
 * The documents a message carries as files, each under its file's name: the papers themselves, when the
 * message is only their covering note. Outlook's rich-text messages carry theirs inside "winmail.dat"
 * (TNEF), which is opened for them.
 */
async function attachedDocuments(email: Email): Promise<string[]> {
  const files: AttachedFile[] = [];
  for (const a of email.attachments ?? []) {
    const data = Buffer.from(typeof a.content === "string" ? new TextEncoder().encode(a.content) : new Uint8Array(a.content));
    if (/ms-tnef/i.test(a.mimeType ?? "") || /^winmail\.dat$/i.test(a.filename ?? "")) {
      if (isTnef(data)) files.push(...tnefAttachments(data));
    } else if (a.filename) files.push({ name: a.filename, data });
  }
  return attachedFilesText(files);
}

export async function loadEmail(path: string): Promise<LoadedText> {
  const buf = await readSource(path);
  let email: Email;
  try {
    email = await PostalMime.parse(buf);
  } catch (err) {
    throw new LoadError(path, `could not parse the e-mail: ${(err as Error).message?.split("\n")[0] ?? String(err)}`);
  }
  // A bounce ("Undeliverable: …", a delivery status report) that carries the message it could not deliver
  // is that message to whoever saved it: the server's advice, status codes and hops are not the papers.
  // (Its subject and day are the original's; a bounce with only the original's headers is read as it is.)
  if (isDeliveryReport(email)) {
    for (const a of email.attachments ?? []) {
      if (a.mimeType !== "message/rfc822") continue;
      try {
        const original = await PostalMime.parse(a.content);
        if (!/[\p{L}\p{N}]/u.test(messageText(original).body)) continue;
        email = original;
        break;
      } catch {
        // an original that cannot be parsed leaves the bounce to be read as it is
      }
    }
  }
  const outer = messageText(email);
  // A message forwarded "as attachment" (Outlook's way): the attached message is read after the covering
  // note, as a reader opens it, under its file's name.
  const attached: string[] = [];
  for (const a of email.attachments ?? []) {
    if (a.mimeType !== "message/rfc822" && !/\.eml$/i.test(a.filename ?? "")) continue;
    try {
      const inner = messageText(await PostalMime.parse(a.content));
      attached.push(`Attached message${a.filename ? `: ${a.filename}` : ""}\n\n${inner.text}`);
    } catch {
      // an attachment that is not a readable message is left out, as a file the reader cannot open
    }
  }
  attached.push(...(await attachedDocuments(email)));
  const body = [outer.body, ...attached].join("\n");
  if (!/[\p{L}\p{N}]/u.test(body)) throw new LoadError(path, "no extractable text in the e-mail's body");
  const text = [outer.text, ...attached].join("\n\n");
  const title = email.subject ? withWindowsPunctuation(email.subject).trim() : undefined;
  // An invitation carries its meeting as a calendar event (a text/calendar part, an invite.ics): its day,
  // time and place, whatever the message's own words put first.
  const event = (email.attachments ?? [])
    .filter((a) => /^text\/calendar\b/i.test(a.mimeType ?? "") || /\.ics$/i.test(a.filename ?? ""))
    .map((a) => firstEvent(typeof a.content === "string" ? a.content : new TextDecoder().decode(a.content)))
    .find(Boolean);
  const hints = { ...(title ? { title } : {}), ...(event ? { event } : {}) };
  return { format: outer.html || attached.length ? "html" : "text", text, ...(title || event ? { hints } : {}) };
}
