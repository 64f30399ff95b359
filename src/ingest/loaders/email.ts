/**
 * An e-mail saved as .eml (RFC 5322 / MIME): minutes and papers are often sent to members in the body of a
 * message. The message is parsed by postal-mime (MIME parts, quoted-printable and base64, RFC 2047 encoded
 * headers, character sets); its body is read as the HTML loader reads a page (tables kept), else as plain
 * text. The sender, recipients, date and subject come first, as a mail client shows them, and the subject
 * is the title the file gives itself.
 */
import PostalMime, { type Address } from "postal-mime";
import { htmlToText, mainContent } from "./html.js";
import { LoadError, readSource, type LoadedText } from "./types.js";

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

export async function loadEmail(path: string): Promise<LoadedText> {
  const buf = await readSource(path);
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(buf);
  } catch (err) {
    throw new LoadError(path, `could not parse the e-mail: ${(err as Error).message?.split("\n")[0] ?? String(err)}`);
  }
  const headerLines = [
    email.from ? `From: ${addressText(email.from)}` : undefined,
    email.to?.length ? `To: ${email.to.map(addressText).join("; ")}` : undefined,
    email.cc?.length ? `Cc: ${email.cc.map(addressText).join("; ")}` : undefined,
    sentDate(email.date) ? `Sent: ${sentDate(email.date)}` : undefined,
    email.subject ? `Subject: ${email.subject}` : undefined,
  ].filter((l): l is string => !!l);
  // (The HTML part keeps the tables a plain-text part flattens to tabs and spaces.)
  const body = email.html ? htmlToText(mainContent(email.html)?.html ?? email.html) : (email.text ?? "");
  const text = `${headerLines.join("\n\n")}\n\n${body}`.trim();
  if (!/[\p{L}\p{N}]/u.test(body)) throw new LoadError(path, "no extractable text in the e-mail's body");
  const title = email.subject?.trim();
  return { format: email.html ? "html" : "text", text, ...(title ? { hints: { title } } : {}) };
}
