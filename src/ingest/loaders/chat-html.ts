/**
 * A chat exported as a web page (Telegram Desktop's "Export chat history", Discord and Slack archive
 * viewers): each message a block holding the sender's name, the time and the text in elements of their own
 * classes ("from_name", "date", "text"). Read as markup, the name, the time and the words fall on three lines,
 * so a quote of what someone said loses who said it. Here each message's text becomes one paragraph opened by
 * its time and sender, "09:20 Marisol Q: Thanks Ptolemy …", as the chat reads. (A follow-up drawn without a
 * name keeps its time only: its sender is the message above, but a name put in its line would be a quote of
 * words the page does not have there.) The page is only changed when it is made of such messages.
 */

const SENDER_CLASS = /(?:^|\s)(?:[\w-]*[_-])?(?:from_name|from-name|author|sender|username|user-name)(?:\s|$)/i;
const TEXT_CLASS = /(?:^|\s)(?:[\w-]*[_-])?(?:text|content|message-text|message-body)(?:\s|$)/i;
const TIME_CLASS = /(?:^|\s)(?:[\w-]*[_-])?(?:date|time|timestamp)(?:\s|$)/i;
const MESSAGE_CLASS = /(?:^|\s)(?:[\w-]*[_-])?message(?:s)?(?:[_-][\w-]*)?(?:\s|$)/i;

const classOf = (el: Element) => el.getAttribute("class") ?? "";
const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

interface ChatMessage {
  text: Element;
  sender?: Element;
  time?: Element;
}

/**
 * Rewrites a chat export's messages in place as "time sender: text" paragraphs and says whether the page was
 * one; other pages are left alone.
 */
export function joinChatMessages(document: Document): boolean {
  const messages: ChatMessage[] = [];
  for (const text of document.querySelectorAll("[class]")) {
    if (!TEXT_CLASS.test(classOf(text))) continue;
    const message = ancestorMessage(text);
    if (!message || [...text.querySelectorAll("[class]")].some((inner) => TEXT_CLASS.test(classOf(inner)))) continue;
    const siblings = [...(text.parentElement?.children ?? [])];
    const sender = siblings.find((s) => s !== text && SENDER_CLASS.test(classOf(s)));
    const time = siblings.find((s) => s !== text && TIME_CLASS.test(classOf(s)));
    messages.push({ text, ...(sender ? { sender } : {}), ...(time ? { time } : {}) });
  }
  // (A page of articles with an author line is not a chat: most messages must be stamped with a time, and
  // several name their sender.)
  if (messages.length < 5 || messages.filter((m) => m.sender).length < 3 || messages.filter((m) => m.time).length < messages.length * 0.6) return false;
  for (const message of messages) {
    // (In the order the page has them, so the paragraph's words are the page's words in its order.)
    const replyMarks = [...(message.text.parentElement?.children ?? [])].filter((el) => el !== message.text && isReplyMark(el));
    const opening = [message.time, message.sender, ...replyMarks]
      .filter((el): el is Element => el !== undefined)
      .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1))
      .map((el) => (replyMarks.includes(el) ? `(${collapse(el.textContent ?? "")})` : collapse(el.textContent ?? "")))
      .filter(Boolean);
    if (message.sender) opening[opening.length - 1] += ":";
    // (The reply mark is said in the opening, so it goes from its own place: not said twice.)
    for (const mark of replyMarks) mark.remove();
    for (const br of [...message.text.querySelectorAll("br")]) br.replaceWith(document.createTextNode(" "));
    const paragraph = document.createElement("p");
    paragraph.append(document.createTextNode(opening.length ? `${opening.join(" ")} ` : ""));
    // (A file or a photo between the name and the words keeps its place: the name opens a line of its own.)
    const between = wordsBetween(message);
    if (!between) paragraph.append(...[...message.text.childNodes]);
    (between ? (message.sender ?? message.time)! : message.text).replaceWith(paragraph);
    if (between) message.time?.remove();
    else message.sender?.remove(), message.time?.remove();
  }
  return true;
}

/** True when something with words stands between a message's name (or time) and its text. */
function wordsBetween(message: ChatMessage): boolean {
  const last = [message.sender, message.time].filter((el): el is Element => el !== undefined).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? 1 : -1))[0];
  // (A reply's "In reply to this message" link is part of the message's line, as the chat shows it.)
  for (let el = last?.nextElementSibling; el && el !== message.text; el = el.nextElementSibling) if (/[\p{L}\p{N}]/u.test(el.textContent ?? "") && !isReplyMark(el)) return true;
  return false;
}

function isReplyMark(el: Element): boolean {
  return /reply/i.test(classOf(el)) && collapse(el.textContent ?? "").length <= 60;
}

/** The element that is one message: the nearest ancestor whose class says so. */
function ancestorMessage(text: Element): Element | undefined {
  for (let el = text.parentElement; el; el = el.parentElement) if (MESSAGE_CLASS.test(classOf(el)) && !/history|list|container|page/i.test(classOf(el))) return el;
  return undefined;
}
