/**
 * "Number for the programme manager?", "email for the clerk?": a contact asked for by a post, not a name.
 * Guides, leaflets and papers list their contacts as cards: a post's title, the name, then a phone number
 * and an email address on the lines below. The card whose title holds every word of the post asked for,
 * and that gives the detail asked for, is the answer.
 */
import { contentWords, stem } from "../../util/text.js";
import type { TypedQuery } from "../query.js";
import { emptyFinding, type Finding, type LookupContext } from "./types.js";

/** A question for a phone number or an email address (or both). */
// (A number only as a contact's: "number for the clerk", "the clerk's number"; not "number of bids".)
const ASKS_DETAIL = /\b(?:phone|tel(?:ephone)?|mobile|e-?mail|contact number|contact details)\b|\bnumber for\b|['’]s number\b/i;
/** The words of such a question that are not the post asked about. */
const NOT_THE_POST = /^(?:phone|tel|telephone|mobile|email|e|mail|number|contact|details|address|what|whats|who|give|get|need|find|call|ring|reach|please|pls)$/;
const PHONE = /(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** A post's title line is short: "Programme Manager, Water Safety", "Clerk to the Task Group". */
const MAX_TITLE_CHARS = 80;
/** The card runs on for so many lines below its title at most. */
const CARD_LINES = 4;

export function lookupContactByPost(query: TypedQuery, ctx: LookupContext): Finding | undefined {
  const asked = ASKS_DETAIL.exec(query.question);
  if (!asked || query.person || !ctx.textOf) return undefined;
  const post = contentWords(query.question.replace(/[-/]/g, " ")).filter((w) => !NOT_THE_POST.test(w)).map(stem);
  if (post.length === 0 || post.length > 4) return undefined;
  const wantsEmail = /mail/i.test(asked[0]);
  const detail = wantsEmail ? EMAIL : PHONE;
  const cards: { docId: string; start: number; end: number; text: string; extra: number }[] = [];
  for (const d of ctx.documents) {
    const text = ctx.textOf(d.meta.docId) ?? "";
    let offset = 0;
    const lines = text.split("\n").map((line) => {
      const at = offset;
      offset += line.length + 1;
      return { line, at };
    });
    const filled = lines.filter((l) => l.line.trim());
    filled.forEach(({ line, at }, k) => {
      const title = line.trim();
      if (title.length > MAX_TITLE_CHARS || PHONE.test(title) || EMAIL.test(title)) return;
      const words = contentWords(title.replace(/[-/]/g, " ")).map(stem);
      if (!post.every((w) => words.includes(w))) return;
      // (The detail below it, before the next card's title: the first line giving one.)
      const below = filled.slice(k + 1, k + 1 + CARD_LINES);
      const given = below.findIndex((l) => detail.test(l.line));
      if (given < 0 || below.slice(0, given).some((l) => l.line.trim().length > MAX_TITLE_CHARS || PHONE.test(l.line) || EMAIL.test(l.line))) return;
      const last = below[given]!;
      const end = last.at + last.line.length;
      cards.push({ docId: d.meta.docId, start: at + line.indexOf(title), end, text: text.slice(at, end), extra: words.length - post.length });
    });
  }
  // (Of the board the question names, when it names one whose papers give such a card.)
  const ofBoard = cards.filter((c) => query.boards.includes(ctx.docById.get(c.docId)?.meta.board ?? ""));
  const mine = ofBoard.length ? ofBoard : cards;
  if (!mine.length) return undefined;
  // (The latest paper's card: posts change hands. Then the title that says least besides the post:
  // "Programme Manager" before "Deputy Programme Manager".)
  const dated = (c: (typeof cards)[number]) => ctx.docById.get(c.docId)?.meta.date ?? "";
  const best = mine.sort((a, b) => dated(b).localeCompare(dated(a)) || a.extra - b.extra)[0]!;
  const meta = ctx.docById.get(best.docId)!.meta;
  const finding = emptyFinding();
  finding.lines.push(`${best.text.split("\n").map((l) => l.trim()).filter(Boolean).join(" · ")} (${meta.title})`);
  finding.evidence.push({ docId: best.docId, start: best.start, end: best.end, locator: ctx.locate?.(best.docId, best.start) ?? { section: [] } });
  return finding;
}
